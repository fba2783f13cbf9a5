namespace PortfolioAnalytics.Etl.Sources;

/// <summary>How a column's text is read; the loader rejects a value that does not fit, naming the column.</summary>
public enum ColumnType
{
    Text,
    Integer,
    Number,
    /// <summary>ROC 學年度 (e.g. 111).</summary>
    RocYear,
    Date,
    DateTime,
    NationalId,
    /// <summary>是 / 否.</summary>
    YesNo,
}
