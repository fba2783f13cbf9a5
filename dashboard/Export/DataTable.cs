namespace PortfolioAnalytics.Dashboard.Export;

/// <summary>
/// A table a page shows and downloads as XLSX: the same rows both ways. <paramref name="Key"/> names it in the
/// <c>export=</c> query parameter.
/// </summary>
public sealed record DataTable(string Key, string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<Cell>> Rows)
{
    public string? Note { get; init; }

    /// <summary>A long table is shown per value of this column (e.g. 班級), with an index of the groups; the XLSX stays flat.</summary>
    public int? GroupColumn { get; init; }
}

/// <summary>One cell: the text shown, an optional link (drill-down), the typed value for XLSX, a CSS class.</summary>
public sealed record Cell(string Text, string? Href = null, object? Value = null, string? Css = null)
{
    public static implicit operator Cell(string text) => new(text);

    public static Cell Number(long n, string? href = null) => new(n.ToString("N0", Fmt.Culture), href, n, "num");

    /// <summary>1,302/1,331（97.8%） on the page, a 0.0% percentage in the XLSX.</summary>
    public static Cell Rate(long done, long population, string? href = null) =>
        new(Fmt.Ratio(done, population), href, Warehouse.Metrics.CompletionCounts.Rate(done, population) is { } rate ? new Reports.Rendering.RateValue(rate) : null, "num");

    /// <summary>A moment as ROC text on the page and in the XLSX (with the time of day unless <paramref name="withTime"/> is off).</summary>
    public static Cell Moment(DateTime moment, bool withTime = true) =>
        new(withTime ? Fmt.DateTime(moment) : Fmt.Date(moment), Value: new Reports.Rendering.MomentValue(moment, withTime));
}
