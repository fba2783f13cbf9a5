using System.Net;
using ClosedXML.Excel;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Tests;

public class ExportAndFormTests(DashboardFixture host) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task The_overview_table_downloads_as_xlsx_with_the_metrics_numbers()
    {
        using var principal = await host.SignIn("principal");
        var response = await principal.GetAsync("/?export=phases");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = book.Worksheet(1);
        sheet.Name.Should().Be("各階段完成情形");
        var header = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "階段");
        var upload = sheet.RowsUsed().First(r => r.Cell(1).GetString() == FixedMetrics.Upload.Title);
        var expected = host.Metrics.Completion(new CompletionQuery(FixedMetrics.Sem, FixedMetrics.Today, Breakdown.Phase, FixedMetrics.Upload.Id)).Single();
        header.Cell(5).GetString().Should().Be("應完成");
        upload.Cell(5).GetValue<long>().Should().Be(expected.Population);
        upload.Cell(6).GetValue<long>().Should().Be(expected.Complete);
        upload.Cell(7).GetValue<long>().Should().Be(expected.Late);
        upload.Cell(8).GetValue<long>().Should().Be(expected.Missing);
    }

    [Fact]
    public async Task A_tutors_student_export_holds_only_their_class()
    {
        using var tutor = await host.SignIn("tutor101");
        var bytes = await tutor.GetByteArrayAsync($"/Students?phase={FixedMetrics.Upload.Id}&export=students");
        using var book = new XLWorkbook(new MemoryStream(bytes));
        var numbers = book.Worksheet(1).RowsUsed().Select(r => r.Cell(1).GetString()).Where(s => s.StartsWith('S')).ToList();
        numbers.Should().BeEquivalentTo(["S001", "S002"]);
        book.Worksheet(1).RowsUsed().Select(r => r.Cell(3).GetString()).Should().Contain("A1******89");
    }

    [Fact]
    public async Task An_attestation_is_validated_and_recorded()
    {
        using var registry = await host.SignIn("registry");
        var form = await registry.GetStringAsync("/Attest");
        var bad = await registry.PostAsync("/Attest", Form(form, "112..08.01"));
        bad.StatusCode.Should().Be(HttpStatusCode.OK, string.Join("\n", form.Split('\n').Where(l => l.Contains("__Request"))));
        (await bad.Content.ReadAsStringAsync()).Should().Contain("完成日期：").And.Contain("連續的分隔符號");

        var good = await registry.PostAsync("/Attest", Form(form, "111.10.28"));
        good.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var attestation = host.Metrics.Attestations(FixedMetrics.Sem).Should().ContainSingle().Subject;
        attestation.PhaseId.Should().Be(FixedMetrics.Training.Id);
        attestation.DoneOn.Should().Be(new DateOnly(2022, 10, 28));
        attestation.AttendanceCount.Should().Be(42);
        attestation.AttestedBy.Should().Be("registry 帳號");
        var page = await registry.GetStringAsync(good.Headers.Location!.ToString());
        page.Should().Contain("已登錄「教師增能研習」").And.Contain("111.10.28").And.Contain("https://school.test/evidence/1");
    }

    private static FormUrlEncodedContent Form(string html, string doneOn) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = DashboardFixture.Token(html),
        ["FormPhase"] = FixedMetrics.Training.Id, ["DoneOn"] = doneOn, ["Note"] = "全校教師增能研習已辦理",
        ["Attendance"] = "42", ["Evidence"] = "https://school.test/evidence/1",
    });
}
