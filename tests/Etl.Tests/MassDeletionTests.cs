using PortfolioAnalytics.Etl.Loading;

namespace PortfolioAnalytics.Etl.Tests;

/// <summary>A truncated full export never wipes a table: the mass-deletion guard in the merge.</summary>
public class MassDeletionTests
{
    private static readonly string[] FifteenStaff =
        Enumerable.Range(1, 15).Select(i => $"T{i:00},老師{i},教務處").ToArray();

    private static LoadResult Load(TestWarehouse w, ExportBuilder export, LoadOptions? options = null) =>
        ExportLoader.Load(w.Db, TestSchool.Config, export.Write(), clock: new DateTime(2023, 3, 2), options: options);

    private static ExportBuilder Next(TestWarehouse w, string at)
    {
        var next = w.NewExport().Basic();
        next.ExportedAt = at;
        return next;
    }

    [Fact]
    public void A_header_only_full_file_deletes_nothing_and_stops_naming_the_file()
    {
        using var w = new TestWarehouse();
        Load(w, w.NewExport().Basic());
        var before = HistoryTests.Fingerprint(w);
        var next = Next(w, "2023-03-01 06:00");
        next.Csv("students", "學號,身分證號,姓名,部別,性別,入學年度,學籍狀態", []);
        var result = Load(w, next, new LoadOptions { AllowMassDelete = new HashSet<string> { "students" } });

        result.Status.Should().Be(LoadResult.RejectedRows);
        var students = result.Kinds.Single(k => k.Kind == "students");
        students.Status.Should().Be("stopped");
        students.Message.Should().Be("學生基本資料.csv：此 full 檔只有標題列、沒有任何資料，會把倉儲中「學生基本資料」現有的 4 筆全部標為刪除；"
                                     + "這通常是匯出不完整，本檔未載入，倉儲中的「學生基本資料」未變更。請重新匯出完整的檔案");
        HistoryTests.Fingerprint(w).Should().Equal(before);
        w.Rows("SELECT status, rows_deleted, message FROM etl_load_file WHERE load_id = 2 AND kind = 'students'")
            .Single().Should().StartWith("stopped|0|學生基本資料.csv：此 full 檔只有標題列");
    }

    [Fact]
    public void A_header_only_full_file_of_a_kind_the_warehouse_does_not_hold_yet_simply_loads()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("deputies", "教職員編號,代理人編號,代理順位", []);
        Load(w, export).Kinds.Single(k => k.Kind == "deputies").Status.Should().Be("loaded");
    }

    [Fact]
    public void A_full_file_deleting_more_than_the_share_stops_until_the_registry_confirms_the_kind()
    {
        using var w = new TestWarehouse();
        var first = w.NewExport().Basic();
        first.Csv("staff", "教職員編號,姓名,處室", FifteenStaff);
        Load(w, first);
        var before = HistoryTests.Fingerprint(w);

        var truncated = Next(w, "2023-03-01 06:00");
        truncated.Csv("staff", "教職員編號,姓名,處室", FifteenStaff[..2].Append("T99,新老師,教務處"));
        var result = Load(w, truncated);
        var staff = result.Kinds.Single(k => k.Kind == "staff");
        staff.Status.Should().Be("stopped");
        staff.Message.Should().Be("教職員.csv：此 full 檔會把倉儲中「教職員」現有 15 筆中的 13 筆（86.7 %）標為刪除，超過上限 20 %，"
                                  + "可能是匯出不完整；本檔未載入，倉儲中的「教職員」未變更。若確實要刪除，請確認後以 portfolio load … --allow-mass-delete staff 重新載入");
        w.Count("SELECT count(*) FROM staff WHERE deleted_at IS NULL").Should().Be(15);
        w.Count("SELECT count(*) FROM staff WHERE staff_no = 'T99'").Should().Be(0);
        HistoryTests.Fingerprint(w).Where(f => !f.StartsWith("school:", StringComparison.Ordinal))
            .Should().Equal(before.Where(f => !f.StartsWith("school:", StringComparison.Ordinal)));

        var confirmed = Next(w, "2023-03-01 07:00");
        confirmed.Csv("staff", "教職員編號,姓名,處室", FifteenStaff[..2].Append("T99,新老師,教務處"));
        var again = Load(w, confirmed, new LoadOptions { AllowMassDelete = new HashSet<string> { "staff" } });
        again.Kinds.Single(k => k.Kind == "staff").Should().Match<KindResult>(k => k.Status == "loaded" && k.Deleted == 13 && k.Inserted == 1);
    }

    [Fact]
    public void The_share_is_a_load_option()
    {
        using var w = new TestWarehouse();
        var first = w.NewExport().Basic();
        first.Csv("staff", "教職員編號,姓名,處室", FifteenStaff);
        Load(w, first);
        var next = Next(w, "2023-03-01 06:00");
        next.Csv("staff", "教職員編號,姓名,處室", FifteenStaff[..2]);
        Load(w, next, new LoadOptions { MassDeleteShare = 0.9m }).Kinds.Single(k => k.Kind == "staff").Deleted.Should().Be(13);
    }
}
