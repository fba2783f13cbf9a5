using PortfolioAnalytics.Etl.Sources;
using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Etl.Tests;

/// <summary>
/// The allocation-free reading of the common date forms agrees with the full reading (DateText over RocDate) on every
/// text it accepts, and declines every text the full reading rejects or reads some other way.
/// </summary>
public class PlainDateTests
{
    public static TheoryData<string> Texts =>
    [
        "112/05/20", "112.05.20", "112-05-20", "112/5/2", "2023-05-20", "2023/5/20", "2023.05.20", "1912-01-01",
        "112/05/20 13:10", "112/05/20 9:05", "112/05/20 09:05:30", "2023-05-20T13:10", "2023-05-20T13:10:59",
        "112/02/29", "113/02/29", "2024-02-29", "2023-02-29 10:00", "112/04/31", "112/13/01", "112/00/10", "112/01/00",
        "112//05/20", "112..08.01", "112/05-20", "12/05/20", "120520", "1120520", "1120520 10:00", "012/05/20", "0112/05/20",
        "1911-12-31", "0000-01-01", "2100-01-01", "199/12/31", "200/01/01", "112/05/20　13:10",
        "112/05/20  13:10", "112/05/20 24:00", "112/05/20 23:60", "112/05/20 13:1", "112/05/20 13:10:5", "112/05/20 13:10:60",
        "112/05/20 13", "112/05/20 13:10 ", "112/05/20T", "112/05/20x", "112/05/200", "112/005/20", "+112/05/20", "112/05/20 -1:00",
        "2023-05-20 13:10:59.5", "112/05/20 1:2:3", "112/05/20 ::", "", "T", "/", "1/1/1",
    ];

    /// <summary>Full-width digits: never read the plain way (the full reading is left to say what it says).</summary>
    public static TheoryData<string> WideTexts => ["１１２/05/20", "112/０5/20", "2023-05-２0", "112/05/20 １3:10"];

    [Theory]
    [MemberData(nameof(WideTexts))]
    public void Full_width_digits_are_not_read_the_plain_way(string text)
    {
        PlainDate.TryParseDate(text, out _).Should().BeFalse();
        PlainDate.TryParseDateTime(text, out _).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Dates_read_the_plain_way_are_what_the_full_reading_gives(string text)
    {
        if (PlainDate.TryParseDate(text, out var date))
        {
            RocDate.TryParseDate(text, out var full, out _).Should().BeTrue();
            date.Should().Be(full);
        }
        if (PlainDate.TryParseDateTime(text, out var moment))
        {
            // What DateText adds to RocDate: a 2-digit year is ambiguous, a year before 民國元年 is no date.
            System.Text.RegularExpressions.Regex.IsMatch(text, @"^\s*(\d{2}[./-]|\d{6}(\s|T|$))").Should().BeFalse();
            moment.Year.Should().BeGreaterThanOrEqualTo(1912);
            RocDate.TryParseDateTime(text, out var full, out _).Should().BeTrue();
            moment.Should().Be(full);
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Texts_the_full_reading_refuses_are_never_read_the_plain_way(string text)
    {
        if (!DateText.TryParseDate(text, out _, out _)) PlainDate.TryParseDate(text, out _).Should().BeFalse();
        if (!DateText.TryParseDateTime(text, out _, out _)) PlainDate.TryParseDateTime(text, out _).Should().BeFalse();
        if (!RocDate.TryParseDateTime(text, out _, out _)) PlainDate.TryParseDateTime(text, out _).Should().BeFalse();
    }

    [Fact]
    public void The_common_forms_are_read_the_plain_way()
    {
        PlainDate.TryParseDateTime("112/02/03 13:10", out var m).Should().BeTrue();
        m.Should().Be(new DateTime(2023, 2, 3, 13, 10, 0));
        PlainDate.TryParseDate("2023-05-20", out var d).Should().BeTrue();
        d.Should().Be(new DateOnly(2023, 5, 20));
    }
}
