using PortfolioAnalytics.Etl.Loading;

namespace PortfolioAnalytics.Etl.Tests;

/// <summary>Every date form the admin systems write, and the seed documents' typos (reported with the raw text, never guessed).</summary>
public class DateFormTests
{
    private static (LoadResult Result, TestWarehouse W) LoadChange(string date, string uploadedAt = "112/01/15 21:40")
    {
        var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("status_changes", "學號,異動日期,異動類別,原班級,新班級", [$"110004,{date},轉入,,105"]);
        export.Csv("artifacts", "成果編號,學號,學年度,學期,開課序號,上傳時間,檔案類型,檔案大小KB",
            [$"A001,110001,111,1,111-1-0001,{uploadedAt},pdf,10"]);
        export.Csv("certifications", "成果編號,認證時間,認證結果,認證教師編號", []);
        return (ExportLoader.Load(w.Db, TestSchool.Config, export.Write(), clock: new DateTime(2023, 2, 21)), w);
    }

    [Theory]
    [InlineData("111/11/02")]
    [InlineData("111.11.02")]
    [InlineData("111-11-02")]
    [InlineData("1111102")]
    [InlineData("111.11.2")]
    [InlineData("2022-11-02")]
    [InlineData("2022/11/02")]
    [InlineData(" 111.11.02　")]
    public void Roc_and_iso_dates_read_the_same_day(string date)
    {
        var (result, w) = LoadChange(date);
        using (w)
        {
            result.RejectsByReason.Should().BeEmpty();
            w.Rows("SELECT change_date FROM enrolment_change").Should().Equal("2022-11-02");
        }
    }

    [Theory]
    [InlineData("112/01/15 21:40", "2023-01-15 21:40")]
    [InlineData("112.01.15 21:40", "2023-01-15 21:40")]
    [InlineData("1120115 21:40", "2023-01-15 21:40")]
    [InlineData("2023-01-15 21:40:59", "2023-01-15 21:40")]
    [InlineData("2023-01-15T21:40", "2023-01-15 21:40")]
    [InlineData("112.01.15", "2023-01-15")]
    [InlineData("１１２／０１／１５ ２１：４０", "2023-01-15 21:40")]
    [InlineData("１１２.01.15 21:40", "2023-01-15 21:40")]
    public void Times_are_read_to_the_minute(string text, string expected)
    {
        var (result, w) = LoadChange("111.11.02", text);
        using (w)
        {
            result.RejectsByReason.Should().BeEmpty();
            w.Rows("SELECT date_trunc('minute', uploaded_at) FROM course_artifact").Should().Equal(expected);
        }
    }

    [Theory]
    [InlineData("112..08.01", "日期「112..08.01」有連續的分隔符號，無法判斷年月日，請更正")]
    [InlineData("111.9..29", "日期「111.9..29」有連續的分隔符號，無法判斷年月日，請更正")]
    [InlineData("112.02.31", "日期「112.02.31」的日 31 不存在（112 年 2 月只有 28 天）")]
    [InlineData("112.13.01", "日期「112.13.01」的月份 13 不存在")]
    [InlineData("111.11/02", "日期「111.11/02」混用不同的分隔符號，請更正")]
    [InlineData("11月2日", "日期「11月2日」格式無法辨識（應為 111.09.16、111/09/16、1110916 或 2022-09-16）")]
    [InlineData("١١١.11.02", "日期「١١١.11.02」格式無法辨識（應為 111.09.16、111/09/16、1110916 或 2022-09-16）")]
    public void Seed_typos_and_impossible_dates_are_rejected_with_the_raw_text(string date, string reason)
    {
        var (result, w) = LoadChange(date);
        using (w)
        {
            result.RejectsByReason.Should().Equal(new Dictionary<string, long> { ["bad_date"] = 1 });
            w.Rows("SELECT line, column_name, reason, raw FROM etl_reject")
                .Should().Equal($"2|異動日期|「異動日期」{reason}|110004,{date},轉入,,105");
        }
    }

    [Fact]
    public void A_bad_time_is_rejected_quoting_it()
    {
        var (result, w) = LoadChange("111.11.02", "112/01/15 25:40");
        using (w)
        {
            result.RejectsByReason.Should().Equal(new Dictionary<string, long> { ["bad_date"] = 1 });
            w.Rows("SELECT reason FROM etl_reject").Should().Equal("「上傳時間」「112/01/15 25:40」的時間「25:40」格式無法辨識（應為 14:05）");
        }
    }
}
