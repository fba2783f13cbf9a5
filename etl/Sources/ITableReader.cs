namespace PortfolioAnalytics.Etl.Sources;

/// <summary>A table in a file (CSV, or a sheet of an XLSX workbook): a header row, then records.</summary>
public interface ITableReader : IDisposable
{
    /// <summary>utf-8, utf-8-bom, big5 or xlsx.</summary>
    string Encoding { get; }

    /// <summary>The header row as written.</summary>
    IReadOnlyList<string> Header { get; }

    /// <summary>The records after the header; throws <see cref="SourceFileException"/> when the file turns out to be broken.</summary>
    IEnumerable<SourceRow> Rows();
}
