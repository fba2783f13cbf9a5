using System.Globalization;

namespace PortfolioAnalytics.Etl.Sources.Database;

/// <summary>
/// A kind's watermark: an updated-at (timestamp, timestamptz) or increasing id value, kept as invariant text in etl_pull.
/// </summary>
public sealed record Watermark(string Type, string Text)
{
    public const string Timestamp = "timestamp", TimestampTz = "timestamptz", Id = "id";
    private const string Format = "yyyy-MM-dd HH:mm:ss.ffffff";

    /// <summary>Whether a column of this type can be a watermark.</summary>
    public static bool Usable(Type clr) =>
        clr == typeof(DateTime) || clr == typeof(DateTimeOffset) || clr == typeof(long) || clr == typeof(int) || clr == typeof(short) || clr == typeof(decimal);

    public static Watermark? Of(object? value) => value switch
    {
        DateTime { Kind: DateTimeKind.Utc } t => new(TimestampTz, t.ToString(Format, CultureInfo.InvariantCulture)),
        DateTime t => new(Timestamp, t.ToString(Format, CultureInfo.InvariantCulture)),
        DateTimeOffset o => new(TimestampTz, o.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture)),
        long or int or short or decimal => new(Id, Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
        _ => null,
    };

    /// <summary>The value as the provider takes it for <c>@since</c>.</summary>
    public object Value => Type == Id
        ? (object)decimal.ToInt64(decimal.Parse(Text, CultureInfo.InvariantCulture))
        : DateTime.SpecifyKind(DateTime.ParseExact(Text, Format, CultureInfo.InvariantCulture), Type == TimestampTz ? DateTimeKind.Utc : DateTimeKind.Unspecified);

    /// <summary>Whether this is past <paramref name="other"/>.</summary>
    public bool After(Watermark? other) => other is null || Compare(this, other) > 0;

    private static int Compare(Watermark a, Watermark b) => a.Type == Id
        ? decimal.Parse(a.Text, CultureInfo.InvariantCulture).CompareTo(decimal.Parse(b.Text, CultureInfo.InvariantCulture))
        : string.CompareOrdinal(a.Text, b.Text);

    /// <summary>
    /// Where the next pull starts. A row stamped before the source's clock at this pull may commit after the pull's
    /// snapshot, so a timestamp resumes no later than that clock less the overlap; an id resumes overlapIds below the
    /// newest (ids committed out of order). Rows read twice merge as unchanged.
    /// </summary>
    public Watermark Resume(DateTime sourceLocalNow, DateTime sourceUtcNow, TimeSpan overlap, long overlapIds)
    {
        if (Type == Id) return new(Id, (decimal.Parse(Text, CultureInfo.InvariantCulture) - overlapIds).ToString(CultureInfo.InvariantCulture));
        var horizon = Of(Type == TimestampTz ? DateTime.SpecifyKind(sourceUtcNow - overlap, DateTimeKind.Utc) : sourceLocalNow - overlap)!;
        return After(horizon) ? horizon : this;
    }
}
