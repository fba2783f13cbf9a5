using System.Globalization;

namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>
/// A phase's counts (or one group's) and its two rates, named alike on every surface: 準時完成率 counts only work done by
/// the deadline, 完成率（含逾期） adds work done after it by the as-of moment. Population excludes the exempt.
/// </summary>
public readonly record struct CompletionCounts(long Population, long Complete, long Late, long Missing, long Exempt)
{
    public const string OnTimeLabel = "準時完成率";
    public const string WithLateLabel = "完成率（含逾期）";

    /// <summary>Said once under every table or chart that shows the rates.</summary>
    public const string RatesNote = "準時完成率＝截止前完成／應完成；完成率（含逾期）＝（準時＋逾期完成）／應完成；免除者不列入應完成。";

    public long Done => Complete + Late;

    public double? OnTimeRate => Rate(Complete, Population);

    public double? WithLateRate => Rate(Done, Population);

    /// <summary>已完成 only when nothing is missing and there was something to do.</summary>
    public bool NothingMissing => Missing == 0;

    /// <summary>1,302/1,331（97.8%）</summary>
    public string OnTimeText => Ratio(Complete, Population);

    public string WithLateText => Ratio(Done, Population);

    public static CompletionCounts Sum(IEnumerable<CompletionCounts> counts) => counts.Aggregate(default(CompletionCounts),
        (a, b) => new(a.Population + b.Population, a.Complete + b.Complete, a.Late + b.Late, a.Missing + b.Missing, a.Exempt + b.Exempt));

    public static double? Rate(long done, long population) => population == 0 ? null : (double)done / population;

    /// <summary>The one way a rate is written: its counts first, then the percentage (1,302/1,331（97.8%）; 0/0（—）).</summary>
    public static string Ratio(long done, long population) => population == 0
        ? $"{Count(done)}/0（—）"
        : $"{Count(done)}/{Count(population)}（{Percent(done, population)}）";

    public static string Percent(long done, long population) =>
        population == 0 ? "—" : (100.0 * done / population).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
