using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;

namespace PortfolioAnalytics.Dashboard.Tests.Hardening;

/// <summary>A national ID written in full-width or lower case in a rejected row is masked on the ETL page and in its XLSX.</summary>
public partial class MaskingTests(DashboardFixture host) : IClassFixture<DashboardFixture>
{
    private static readonly string[] Forms = ["Ａ１２３４５６７８９", "ａ１２３４５６７８９", "a123456789", "Ａ123456789"];

    [Fact]
    public async Task Rejected_rows_show_every_form_of_an_id_masked_on_the_page_and_in_the_xlsx()
    {
        var warehouse = host.App.Services.GetRequiredService<WarehouseGate>();
        for (var i = 0; i < Forms.Length; i++)
            warehouse.Execute("INSERT INTO etl_reject VALUES (1, 'students', '學生基本資料.csv', $line, '身分證號', 'width_test', $reason, $raw)",
                ("line", 100L + i), ("reason", $"身分證號 {Forms[i]} 格式錯誤"), ("raw", $"S9{i:00},{Forms[i]},測試生"));
        try
        {
            using var registry = await host.SignIn("registry");
            var html = await registry.GetStringAsync("/Etl?load=1&reason=width_test");
            html.Should().Contain("S900,A1******89,測試生").And.Contain("身分證號 A1******89 格式錯誤");
            Unmasked(html).Should().BeEmpty();

            var xlsx = await registry.GetAsync("/Etl?load=1&reason=width_test&export=rejects");
            xlsx.StatusCode.Should().Be(HttpStatusCode.OK);
            using var book = new XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
            var cells = book.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToList();
            cells.Should().Contain("S903,A1******89,測試生");
            Unmasked(string.Join("\n", cells)).Should().BeEmpty();
        }
        finally
        {
            warehouse.Execute("DELETE FROM etl_reject WHERE reason_code = 'width_test'");
        }
    }

    [Fact]
    public void The_log_formatter_masks_ids_in_messages_and_exceptions()
    {
        var formatter = Hosting.MaskingLogFormatter.File;
        var e = new Serilog.Events.LogEvent(DateTimeOffset.Now, Serilog.Events.LogEventLevel.Error, new FormatException("列 3：Ａ１２３４５６７８９"),
            new Serilog.Parsing.MessageTemplateParser().Parse("Load failed for {Raw}"),
            [new Serilog.Events.LogEventProperty("Raw", new Serilog.Events.ScalarValue("S001,a123456789"))]);
        using var w = new StringWriter();
        formatter.Format(e, w);
        w.ToString().Should().Contain("S001,A1******89").And.Contain("列 3：A1******89");
        Unmasked(w.ToString()).Should().BeEmpty();
    }

    private static List<string> Unmasked(string text) => IdLike().Matches(text).Select(m => m.Value).ToList();

    [GeneratedRegex("[A-Za-zＡ-Ｚａ-ｚ][1289１２８９][0-9０-９]{8}")]
    private static partial Regex IdLike();
}
