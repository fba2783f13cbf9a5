using System.Globalization;

namespace PortfolioAnalytics.Warehouse.Calendar;

/// <summary>A semester written <c>111-1</c>: 學年度 (ROC year the school year starts) and 學期 (1 or 2).</summary>
public readonly record struct Semester(int AcademicYear, int Term) : IComparable<Semester>
{
    /// <summary>第1學期 runs 08-01 … 01-31, 第2學期 02-01 … 07-31 (111 學年度 = 2022-08-01 … 2023-07-31).</summary>
    public DateOnly StartsOn => Term == 1
        ? new DateOnly(AcademicYear + 1911, 8, 1)
        : new DateOnly(AcademicYear + 1912, 2, 1);

    public DateOnly EndsOn => Term == 1
        ? new DateOnly(AcademicYear + 1912, 1, 31)
        : new DateOnly(AcademicYear + 1912, 7, 31);

    public Semester Next => Term == 1 ? new(AcademicYear, 2) : new(AcademicYear + 1, 1);
    public Semester Previous => Term == 2 ? new(AcademicYear, 1) : new(AcademicYear - 1, 2);

    public static Semester Parse(string text) =>
        TryParse(text, out var s) ? s : throw new FormatException($"學期格式應為「111-1」，收到「{text}」");

    public static bool TryParse(string? text, out Semester semester)
    {
        semester = default;
        var parts = (text ?? "").Trim().Split('-');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var term)
            || year is < 1 or > 300 || term is not (1 or 2))
            return false;
        semester = new Semester(year, term);
        return true;
    }

    /// <summary>The semester a calendar day falls in.</summary>
    public static Semester Containing(DateOnly day)
    {
        var rocYear = day.Year - 1911;
        return day.Month >= 8 ? new(rocYear, 1) : day.Month == 1 ? new(rocYear - 1, 1) : new(rocYear - 1, 2);
    }

    public bool Contains(DateOnly day) => day >= StartsOn && day <= EndsOn;

    public int CompareTo(Semester other) =>
        AcademicYear != other.AcademicYear ? AcademicYear.CompareTo(other.AcademicYear) : Term.CompareTo(other.Term);

    public static bool operator <(Semester a, Semester b) => a.CompareTo(b) < 0;
    public static bool operator <=(Semester a, Semester b) => a.CompareTo(b) <= 0;
    public static bool operator >(Semester a, Semester b) => a.CompareTo(b) > 0;
    public static bool operator >=(Semester a, Semester b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{AcademicYear}-{Term}";

    /// <summary>第1學期 in words: 「111學年度第1學期」.</summary>
    public string ToChinese() => $"{AcademicYear}學年度第{Term}學期";
}
