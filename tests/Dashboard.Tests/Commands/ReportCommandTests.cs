using System.Diagnostics;
using PortfolioAnalytics.Dashboard.Commands;
using PortfolioAnalytics.Reports.Documents;

namespace PortfolioAnalytics.Dashboard.Tests.Commands;

/// <summary><c>portfolio report</c> over a small demo warehouse: files written, formats chosen, errors in words.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "report-cmd-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private string Warehouse()
    {
        var request = new DemoRequest(Students: 120, Seed: 7, DataDir: _dir, NoServe: true);
        var school = PortfolioAnalytics.Warehouse.Schools.SchoolCatalog.Load("jingxin");
        DemoCommand.Load(request, school, DemoCommand.Generate(request, TextWriter.Null), TextWriter.Null);
        return request.WarehousePath;
    }

    private static Task<int> Run(params string[] args) => ReportCommand.Create().Parse(args).InvokeAsync();

    [Fact]
    public async Task It_writes_each_document_in_its_default_format()
    {
        var warehouse = Warehouse();
        var pdf = Path.Combine(_dir, "out", "self-check.pdf");
        (await Run("self-check", "--warehouse", warehouse, "--semester", "111-1", "--as-of", "112.02.20", "--out", pdf)).Should().Be(0);
        PdfText(pdf).Should().Contain("自我檢核報告").And.Contain("學生學習歷程工作執行檢核表").And.Contain("112.02.20 23:59");

        var followUp = Path.Combine(_dir, "out", "follow-up.xlsx");
        (await Run("follow-up", "--warehouse", warehouse, "--semester", "111-1", "--out", followUp)).Should().Be(0);
        File.ReadAllBytes(followUp).Take(2).Should().Equal((byte)'P', (byte)'K');

        var html = Path.Combine(_dir, "out", "awards.html");
        (await Run("awards", "--warehouse", warehouse, "--semester", "111-1", "--as-of", "112.02.20 08:00", "--out", html)).Should().Be(0);
        File.ReadAllText(html).Should().Contain("評核總表").And.Contain("112.02.20 08:00");
    }

    [Fact]
    public async Task Wrong_input_is_a_message_and_exit_1()
    {
        var warehouse = Warehouse();
        (await Run("letters", "--warehouse", warehouse, "--semester", "111-1", "--format", "xlsx", "--out", Path.Combine(_dir, "x.xlsx")))
            .Should().Be(1);
        (await Run("self-check", "--warehouse", Path.Combine(_dir, "none.duckdb"), "--semester", "111-1", "--out", Path.Combine(_dir, "x.pdf")))
            .Should().Be(1);
        (await Run("self-check", "--warehouse", warehouse, "--semester", "111-3", "--out", Path.Combine(_dir, "x.pdf"))).Should().Be(1);
        File.Exists(Path.Combine(_dir, "none.duckdb")).Should().BeFalse("a mistyped path must not create a warehouse");
    }

    [Fact]
    public void As_of_dates_mean_the_end_of_the_day_and_the_format_follows_the_file_name()
    {
        ReportCommand.ParseAsOf("112.02.20").Should().Be(new DateTime(2023, 2, 20, 23, 59, 59));
        ReportCommand.ParseAsOf("2023-02-20 08:30").Should().Be(new DateTime(2023, 2, 20, 8, 30, 0));
        ReportCommand.ParseAsOf(null).Should().BeNull();
        ReportCommand.ChooseFormat(ReportKind.SelfCheck, null, "a.xlsx").Should().Be(ReportFormat.Xlsx);
        ReportCommand.ChooseFormat(ReportKind.FollowUp, null, "a.out").Should().Be(ReportFormat.Xlsx);
        ReportCommand.ChooseFormat(ReportKind.Letters, null, "a").Should().Be(ReportFormat.Pdf);
        ReportCommand.ChooseFormat(ReportKind.Awards, "html", "a.pdf").Should().Be(ReportFormat.Html);
    }

    private static string PdfText(string path)
    {
        var info = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true };
        foreach (var a in new[] { "-layout", path, "-" }) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return text;
    }
}
