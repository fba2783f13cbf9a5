using PortfolioAnalytics.Reports.Documents;
using PortfolioAnalytics.Reports.Rendering;

namespace PortfolioAnalytics.Reports.Tests;

public sealed class EnvironmentTests
{
    [Fact]
    public async Task A_missing_browser_is_a_chinese_error_naming_the_package()
    {
        await using var printer = new PdfPrinter("/nonexistent/chromium");
        var act = () => printer.PrintAsync("<p>測試</p>", "測試");
        (await act.Should().ThrowAsync<ReportEnvironmentException>()).Which.Message
            .Should().Contain("找不到 Chromium").And.Contain("apt-get install chromium");
    }

    [Fact]
    public void The_chinese_fonts_are_found_by_fontconfig()
    {
        Prerequisites.AvailableChineseFonts().Should().Contain("WenQuanYi Zen Hei");
        Prerequisites.ChartFont().Should().Be("WenQuanYi Zen Hei");
    }
}
