namespace PortfolioAnalytics.Etl.Tests.Demo;

[Collection(DemoSchoolCollection.Name)]
public sealed class DemoEnrolmentTests(DemoSchoolFixture demo)
{
    private DemoExport Export => demo.Export;

    [Fact]
    public void Students_transfer_in_and_out_and_suspend_during_a_semester()
    {
        var changes = Export.Rows("學籍異動.csv");
        changes.Select(r => r["異動類別"]).Distinct().Should().BeEquivalentTo("轉入", "轉出", "休學", "復學");
        changes.Where(r => (r["異動類別"] == "轉入" || r["異動類別"] == "復學") && r["新班級"].Length == 0).Should().BeEmpty();
        var status = Export.Rows("學生基本資料.csv").GroupBy(r => r["學號"]).ToDictionary(g => g.Key, g => g.First()["學籍狀態"]);
        changes.Where(r => r["異動類別"] == "轉出").Should().OnlyContain(r => status[r["學號"]] == "轉出");
    }

    [Fact]
    public void A_student_who_joined_in_the_second_semester_is_placed_only_from_then()
    {
        var joined2 = Export.Rows("學籍異動.csv").Where(r => r["異動類別"] == "轉入" && r["異動日期"].StartsWith("112", StringComparison.Ordinal)).ToList();
        joined2.Should().NotBeEmpty();
        var placements = Export.Rows("編班.csv");
        foreach (var j in joined2)
        {
            var terms = placements.Where(p => p["學號"] == j["學號"]).Select(p => $"{p["學年度"]}-{p["學期"]}").ToList();
            terms.Should().Equal(["111-2"], j["學號"]);
            placements.Single(p => p["學號"] == j["學號"])["班級代碼"].Should().Be(j["新班級"]);
        }
    }

    [Fact]
    public void A_student_who_left_in_the_first_semester_has_no_second_semester()
    {
        var left1 = Export.Rows("學籍異動.csv").Where(r => r["異動類別"] == "轉出" && r["異動日期"].StartsWith("111", StringComparison.Ordinal)).ToList();
        left1.Should().NotBeEmpty();
        var placements = Export.Rows("編班.csv");
        foreach (var l in left1)
            placements.Where(p => p["學號"] == l["學號"]).Should().NotContain(p => p["學期"] == "2" && p["學年度"] == "111");
    }
}
