using PortfolioAnalytics.Etl.Demo;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Etl.Tests.Schools;

/// <summary>The many-school demo's plan: distinct schools over Taipei's districts, sizes summing to the total asked.</summary>
public sealed class DemoSchoolPlanTests
{
    [Fact]
    public void Schools_have_distinct_codes_and_names_varying_sizes_and_the_total_students()
    {
        var plans = DemoSchoolPlan.Plan(70, 80_000, 111);
        plans.Select(p => p.Code).Should().OnlyHaveUniqueItems();
        plans.Select(p => p.Name).Should().OnlyHaveUniqueItems();
        plans[0].Name.Should().Be("示範市立第1高級中學");
        plans.Sum(p => p.Students).Should().Be(80_000);
        plans.Max(p => p.Students).Should().BeGreaterThan(2 * plans.Min(p => p.Students));
        plans.Select(p => p.District).Distinct().Should().HaveCount(12).And.BeSubsetOf(DemoSchoolPlan.TaipeiDistricts);
        DemoSchoolPlan.Plan(70, 80_000, 111).Should().Equal(plans);
    }

    [Fact]
    public void Each_school_file_is_the_demo_schools_with_its_own_identity()
    {
        var plan = DemoSchoolPlan.Plan(13, 2_000, 5)[12];
        var demo = SchoolCatalog.Load("jingxin");
        var text = plan.SchoolFile(demo.SourceText!);
        var school = SchoolConfigReader.Read(text, plan.Code + ".yaml");

        (school.Code, school.Name, school.District).Should().Be((plan.Code, plan.Name, "中正區"));
        school.SourceText.Should().Be(text);
        static string[] Rules(string yaml) => yaml.ReplaceLineEndings("\n").Split('\n')
            .Where(l => !new[] { "code:", "name:", "short_name:", "district:" }.Any(k => l.StartsWith(k, StringComparison.Ordinal))).ToArray();
        Rules(text).Should().Equal(Rules(demo.SourceText!));
        text.Split('\n').Count(l => l.StartsWith("code:", StringComparison.Ordinal)).Should().Be(1);
    }
}
