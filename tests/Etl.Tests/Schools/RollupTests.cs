using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Metrics.Rollup;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Etl.Tests.Schools;

/// <summary>The roll-up across a warehouse's schools is each school's own completion by phase, summed.</summary>
[Collection(TwoSchoolsCollection.Name)]
public sealed class RollupTests(TwoSchoolsFixture schools)
{
    public static TheoryData<string> Semesters => new() { "111-1", "111-2" };

    [Fact]
    public void The_directory_lists_each_school_with_its_name_and_district()
    {
        using var db = WarehouseDb.Open(schools.WarehousePath);
        var directory = new WarehouseSchools(db);
        directory.Schools().Should().Equal(
            new SchoolEntry("413301", "臺北市私立靜心高級中學", "文山區"),
            new SchoolEntry("533401", "高雄市立高雄高級商業職業學校", "苓雅區"));
        directory.Config("533401").SourceText.Should().Be(SchoolCatalog.Load("kaohsiung-commercial").SourceText);
        var unknown = () => directory.Config("999999");
        unknown.Should().Throw<InvalidOperationException>().WithMessage("*999999*413301 臺北市私立靜心高級中學*533401*");
    }

    [Theory]
    [MemberData(nameof(Semesters))]
    public void By_school_each_row_is_that_schools_own_completion_summed(string semesterText)
    {
        var semester = Semester.Parse(semesterText);
        using var db = WarehouseDb.Open(schools.WarehousePath);
        var rows = new SchoolRollup(db, new WarehouseSchools(db)).Completion(semester, schools.ExportedAt, RollupBy.School);

        rows.Select(r => r.SchoolCode).Should().Equal("413301", "533401");
        foreach (var name in TwoSchoolsFixture.Names)
        {
            var own = OwnPhases(db, name, semester);
            own.Should().NotBeEmpty();
            var row = rows.Single(r => r.SchoolCode == SchoolCatalog.Load(name).Code);
            row.Counts.Should().Be(CompletionCounts.Sum(own.Select(p => p.Counts)), name);
            row.Schools.Should().Be(1);
            row.Counts.Population.Should().BePositive();
        }
    }

    [Theory]
    [MemberData(nameof(Semesters))]
    public void By_phase_kind_and_by_district_sum_the_same_numbers(string semesterText)
    {
        var semester = Semester.Parse(semesterText);
        using var db = WarehouseDb.Open(schools.WarehousePath);
        var rollup = new SchoolRollup(db, new WarehouseSchools(db));
        var own = TwoSchoolsFixture.Names.SelectMany(n => OwnPhases(db, n, semester).Select(p => (School: n, p.Kind, p.Counts))).ToList();

        var byKind = rollup.Completion(semester, schools.ExportedAt, RollupBy.Phase);
        byKind.Select(r => r.Kind).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(own.Select(o => (PhaseKind?)o.Kind).Distinct());
        foreach (var row in byKind)
        {
            var mine = own.Where(o => o.Kind == row.Kind).ToList();
            row.Counts.Should().Be(CompletionCounts.Sum(mine.Select(o => o.Counts)), row.KindName);
            row.KindName.Should().Be(row.Kind!.Value.ToChinese());
            row.Schools.Should().Be(mine.Select(o => o.School).Distinct().Count());
        }

        var byDistrict = rollup.Completion(semester, schools.ExportedAt, RollupBy.District);
        byDistrict.Select(r => (r.District, r.Schools)).Should().Equal(("文山區", 1), ("苓雅區", 1));
        CompletionCounts.Sum(byDistrict.Select(r => r.Counts)).Should().Be(CompletionCounts.Sum(own.Select(o => o.Counts)));
    }

    [Theory]
    [MemberData(nameof(Semesters))]
    public void One_statement_across_schools_with_different_rules_gives_each_school_its_own_phases(string semesterText)
    {
        // 靜心 and 高雄高商 differ in schedule (absolute vs event-relative windows), grades, categories and caps: the
        // roll-up classifies both in one statement, each phase with its own school's parameters.
        var semester = Semester.Parse(semesterText);
        using var db = WarehouseDb.Open(schools.WarehousePath);
        var perSchool = new SchoolRollup(db, new WarehouseSchools(db)).PerSchool(semester, schools.ExportedAt);

        perSchool.Select(s => s.School.Code).Should().Equal("413301", "533401");
        foreach (var name in TwoSchoolsFixture.Names)
        {
            var metrics = new CompletionMetrics(db, SchoolCatalog.Load(name));
            var kinds = metrics.Phases(semester).ToDictionary(p => p.Id, p => p.Kind);
            var own = metrics.Completion(new CompletionQuery(semester, schools.ExportedAt, Breakdown.Phase))
                .Select(r => new SchoolPhase(r.PhaseId, kinds[r.PhaseId], r.Counts)).ToList();
            own.Should().NotBeEmpty();
            perSchool.Single(s => s.School.Code == metrics.School.Code).Phases.Should().Equal(own, name);
        }
    }

    /// <summary>The school's own per-phase numbers, asked the way one school's commands ask them (the shipped file).</summary>
    private List<(PhaseKind Kind, CompletionCounts Counts)> OwnPhases(WarehouseDb db, string name, Semester semester)
    {
        var metrics = new CompletionMetrics(db, SchoolCatalog.Load(name));
        var kinds = metrics.Phases(semester).ToDictionary(p => p.Id, p => p.Kind);
        return metrics.Completion(new CompletionQuery(semester, schools.ExportedAt, Breakdown.Phase))
            .Select(r => (kinds[r.PhaseId], r.Counts)).ToList();
    }
}
