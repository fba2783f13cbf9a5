using System.Globalization;

namespace PortfolioAnalytics.Etl.Sources.Database;

/// <summary>
/// A kind's watermark: the newest updated-at (timestamp, timestamptz) or increasing id read, kept as invariant text in
/// etl_pull. <see cref="Since"/> backs off by the overlap so rows committed late are asked for again (the merge's row
/// hash makes the repeats unchanged).
/// </summary>
public sealed record Watermark(string Type, string Text)
{
    public const string Timestamp = "timestamp", TimestampTz = "timestamptz", Id = "id";
    private const string Format = "yyyy-MM-dd HH:mm:ss.ffffff";

    /// <summary>The watermark type of a value read from the column; null when the column cannot be one.</summary>
    public static string? TypeOf(Type clr) =>
        clr == typeof(DateTime) || clr == typeof(DateTimeOffset) ? Timestamp
        : clr == typeof(long) || clr == typeof(int) || clr == typeof(short) || clr == typeof(decimal) ? Id
        : null;

    public static Watermark? Of(object? value) => value switch
    {
        DateTime { Kind: DateTimeKind.Utc } t => new(TimestampTz, t.ToString(Format, CultureInfo.InvariantCulture)),
        DateTime t => new(Timestamp, t.ToString(Format, CultureInfo.InvariantCulture)),
        DateTimeOffset o => new(TimestampTz, o.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture)),
        long or int or short or decimal => new(Id, Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
        _ => null,
    };

    /// <summary>Whether this is past <paramref name="other"/>.</summary>
    public bool After(Watermark? other) => other is null || Compare(this, other) > 0;

    private static int Compare(Watermark a, Watermark b) => a.Type == Id
        ? decimal.Parse(a.Text, CultureInfo.InvariantCulture).CompareTo(decimal.Parse(b.Text, CultureInfo.InvariantCulture))
        : string.CompareOrdinal(a.Text, b.Text);

    /// <summary>The value to ask for rows past, after backing off by the overlap.</summary>
    public object Since(TimeSpan overlap, long overlapIds)
    {
        if (Type == Id) return (long)decimal.Parse(Text, CultureInfo.InvariantCulture) - overlapIds;
        var t = DateTime.ParseExact(Text, Format, CultureInfo.InvariantCulture) - overlap;
        return DateTime.SpecifyKind(t, Type == TimestampTz ? DateTimeKind.Utc : DateTimeKind.Unspecified);
    }

    public string SinceText(TimeSpan overlap, long overlapIds) => Since(overlap, overlapIds) switch
    {
        DateTime t => t.ToString(Format, CultureInfo.InvariantCulture),
        var v => Convert.ToString(v, CultureInfo.InvariantCulture)!,
    };
}
