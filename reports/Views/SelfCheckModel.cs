namespace PortfolioAnalytics.Reports.Views;

/// <summary>The 自我檢核 report: one 執行檢核表 per grade group, then a page of charts, then the 檢核發現.</summary>
public sealed record SelfCheckModel(DocumentHeader Header, IReadOnlyList<ChecklistTable> Tables, IReadOnlyList<ChartImage> Charts)
{
    /// <summary>The compliance findings per kind (CompletionMetrics.Findings); null when not asked for.</summary>
    public IReadOnlyList<FindingGroup>? Findings { get; init; }
}

public sealed record ChecklistTable(string GradeGroup, IReadOnlyList<ChecklistSection> Sections);

/// <summary>Section 一 … 五 (行政規劃 … 學校提交).</summary>
public sealed record ChecklistSection(int Number, string Numeral, string Title, IReadOnlyList<ChecklistEntry> Entries);

/// <summary>One row: 工作項目, 負責單位, 完成日期, 執行情形 (from data, from an attestation, or 尚無紀錄).</summary>
public sealed record ChecklistEntry(int Item, string Title, string Units, string Due, IReadOnlyList<string> Status, EntryTone Tone);

public enum EntryTone { Done, Attention, Pending, NoRecord }

/// <summary>
/// The 檢核發現 of one kind: the rules broken and the findings. The document lists the first
/// <see cref="ShownInDocument"/>; the XLSX (and the dashboard's 稽核發現 page) all of them.
/// </summary>
public sealed record FindingGroup(string Kind, string Title, IReadOnlyList<string> Rules, IReadOnlyList<Warehouse.Metrics.FindingRow> Rows)
{
    public const int ShownInDocument = 30;

    public IEnumerable<string> Shown => Rows.Take(ShownInDocument).Select(r => r.Message);
}
