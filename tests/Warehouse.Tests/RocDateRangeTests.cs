using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Warehouse.Tests;

/// <summary>Years DateTime cannot hold are an error with a reason, never an exception (the dashboard's forms read them).</summary>
public class RocDateRangeTests
{
    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("0000-02-29")]
    [InlineData("0000-01-01 08:00")]
    public void Year_0000_is_refused_in_words(string text)
    {
        var ok = text.Contains(' ')
            ? RocDate.TryParseDateTime(text, out _, out var error)
            : RocDate.TryParseDate(text, out _, out error);
        ok.Should().BeFalse();
        error.Should().Be($"日期「{text}」不是有效的日期（年份不存在）");
    }
}
