using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Warehouse.Tests;

public class RocDateTests
{
    [Theory]
    [InlineData("111/09/16")]
    [InlineData("111.09.16")]
    [InlineData("111-09-16")]
    [InlineData("1110916")]
    [InlineData("2022-09-16")]
    [InlineData("2022/9/16")]
    [InlineData("111.9.16")]
    [InlineData("１１１／０９／１６")]
    [InlineData("１１１．9．16")]
    [InlineData("２０２２－０９－１６")]
    public void Every_written_form_reads_as_the_same_day(string text)
    {
        RocDate.TryParseDate(text, out var d, out var error).Should().BeTrue(error);
        d.Should().Be(new DateOnly(2022, 9, 16));
    }

    [Theory]
    [InlineData("112..08.01", "連續的分隔符號")]
    [InlineData("111.9..29", "連續的分隔符號")]
    [InlineData("112.02.31", "日 31 不存在")]
    [InlineData("112.02.29", "日 29 不存在")]
    [InlineData("111.13.01", "月份 13 不存在")]
    [InlineData("111/09.16", "混用")]
    [InlineData("九月十六日", "無法辨識")]
    [InlineData("", "空白")]
    [InlineData("١١١.09.16", "無法辨識")]
    [InlineData("१११.09.16", "無法辨識")]
    public void Seed_typos_are_reported_not_guessed(string text, string expected)
    {
        RocDate.TryParseDate(text, out _, out var error).Should().BeFalse();
        error.Should().Contain(expected);
    }

    [Theory]
    [InlineData("111/09/16 14:05", 14, 5)]
    [InlineData("2022-09-16T14:05:00", 14, 5)]
    [InlineData("1110916 08:30", 8, 30)]
    [InlineData("111.09.16", 0, 0)]
    public void Times_are_kept_to_the_minute(string text, int hour, int minute)
    {
        RocDate.ParseDateTime(text).Should().Be(new DateTime(2022, 9, 16, hour, minute, 0));
    }

    [Fact]
    public void Bad_time_is_reported()
    {
        RocDate.TryParseDateTime("111/09/16 25:00", out _, out var error).Should().BeFalse();
        error.Should().Contain("25:00");
    }

    [Fact]
    public void Formats_as_schools_write_it()
    {
        RocDate.Format(new DateOnly(2023, 2, 3)).Should().Be("112.02.03");
        RocDate.Format(new DateTime(2023, 2, 3, 23, 59, 0)).Should().Be("112.02.03 23:59");
    }

    [Fact]
    public void Semesters_cover_the_school_year()
    {
        var s = Semester.Parse("111-1");
        s.StartsOn.Should().Be(new DateOnly(2022, 8, 1));
        s.EndsOn.Should().Be(new DateOnly(2023, 1, 31));
        Semester.Parse("111-2").EndsOn.Should().Be(new DateOnly(2023, 7, 31));
        Semester.Containing(new DateOnly(2023, 1, 15)).Should().Be(s);
        Semester.Containing(new DateOnly(2023, 2, 1)).ToString().Should().Be("111-2");
        s.ToChinese().Should().Be("111學年度第1學期");
    }
}
