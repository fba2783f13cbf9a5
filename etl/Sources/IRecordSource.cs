using DuckDB.NET.Data;
using PortfolioAnalytics.Etl.Loading;

namespace PortfolioAnalytics.Etl.Sources;

/// <summary>
/// Where a load's records come from (an export folder, the admin system's database): a manifest of kinds, one table
/// per kind, and a last word before the load commits. The loader, checks, rejects and load history are the same for all.
/// </summary>
public interface IRecordSource : IDisposable
{
    /// <summary>What etl_load.source records: a folder or a server and database, never credentials.</summary>
    string Description { get; }

    /// <summary>
    /// Opens the source and says what it holds (school, moment, per kind full or delta). Throws
    /// <see cref="FormatException"/> or <see cref="SourceFaultException"/> with a zh-TW reason when it cannot.
    /// <paramref name="warehouse"/> is the warehouse's connection, outside the load's transaction.
    /// </summary>
    Manifest Prepare(DuckDBConnection warehouse);

    /// <summary>Files the source holds that its manifest does not list (noted as skipped).</summary>
    IEnumerable<string> Unlisted();

    /// <summary>One kind's table; <see cref="SourceFileException"/> stops that kind, any other exception the whole load.</summary>
    ITableReader Open(ManifestFile file, string displayName);

    /// <summary>What etl_load_file.sha256 keeps for this kind.</summary>
    string Fingerprint(ManifestFile file);

    /// <summary>
    /// True when <see cref="Fingerprint"/> hashes the rows themselves (a file's bytes), so an equal fingerprint means
    /// nothing changed and the load may be skipped; false when it names only the question asked (a query's text).
    /// </summary>
    bool FingerprintIsContent { get; }

    /// <summary>Inside the load's transaction, just before it commits: record what must advance only with it.</summary>
    void Committing(DuckDBConnection warehouse, LoadResult result);
}
