using System.Globalization;
using System.Data;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;
using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Etl.Sources.Database;

/// <summary>
/// The admin system's database as a source: one configured query per kind, read in one read-only REPEATABLE READ
/// transaction (a consistent snapshot). A kind is pulled in full the first time, when its watermark column changed,
/// and every <see cref="DatabaseSourceConfig.FullReconcileEvery"/> (a full pull marks missing rows deleted through the
/// loader's merge); otherwise only rows past its watermark (less the overlap). Watermarks are written to etl_pull in
/// the load's transaction, so they advance only when the warehouse commits.
/// </summary>
public sealed class DatabaseSource(SchoolConfig school, DatabaseSourceConfig config, DateTime pulledAt, bool forceFull = false,
    string? connectionString = null) : IRecordSource
{
    private sealed record Previous(string Column, Watermark Newest, Watermark ResumeAfter, DateTime? LastFull);

    /// <summary>What one kind's query read (Rows = -1 while it is being read).</summary>
    public sealed record Pull(string Kind, bool Full, string Column, Watermark? From, Watermark? To, Watermark? ResumeAfter, long Rows);

    private SourceConnector? _connector;
    private DbConnection? _connection;
    private DbTransaction? _transaction;
    private readonly Dictionary<string, Previous> _previous = [];
    private readonly Dictionary<string, long> _live = [];
    private readonly Dictionary<string, Pull> _pulls = [];
    private (DateTime Local, DateTime Utc) _sourceNow;

    /// <summary>The school's database as its file's source_database section says; <see cref="FormatException"/> without one.</summary>
    public static DatabaseSource ForSchool(SchoolConfig school, DateTime pulledAt, bool forceFull = false) =>
        new(school, DatabaseSourceConfigReader.Read(school) ?? throw new FormatException(
            $"學校設定「{school.SourceName ?? school.Code}」沒有 source_database 段落（各資料種類的查詢）；示範的校務系統結構可寫「source_database: {{ queries: sample }}」"),
            pulledAt, forceFull);

    public string Description => _connector?.Description ?? config.Provider;

    /// <summary>What this pull read per kind (after the load).</summary>
    public IReadOnlyCollection<Pull> Pulls => _pulls.Values;

    public Manifest Prepare(DuckDBConnection warehouse)
    {
        _connector = SourceConnector.Create(config.Provider, connectionString ?? ConnectionSecret.Read(config));
        ReadPrevious(warehouse);
        try
        {
            _connection = _connector.OpenReadOnly(config.StatementTimeoutSeconds);
            _transaction = _connection.BeginTransaction(IsolationLevel.RepeatableRead);
            using var clock = _connection.CreateCommand();
            clock.Transaction = _transaction;
            clock.CommandText = _connector.ClockQuery;
            using var r = clock.ExecuteReader();
            r.Read();
            _sourceNow = (r.GetDateTime(0), r.GetDateTime(1));
        }
        catch (Exception e) when (_connector.Explain(e) is { } reason)
        {
            throw new SourceFaultException(reason, e);
        }
        var files = config.Kinds.Select(k => new ManifestFile(k.Kind, Display(k.Kind), null, IsFull(k))).ToList();
        foreach (var f in files.Where(f => f.Full))
            _live[f.Kind] = Convert.ToInt64(SqlText.Scalar(warehouse, SqlText.Load("Sources/Database/Sql/live_rows.sql",
                new Dictionary<string, string> { ["core"] = KindCatalog.Get(f.Kind).CoreTable }), ("school", school.Code)), System.Globalization.CultureInfo.InvariantCulture);
        return new Manifest(school.Code, pulledAt, files);
    }

    private static string Display(string kind) => $"資料庫查詢：{KindCatalog.Get(kind).Label}";

    private bool IsFull(KindQuery q) =>
        forceFull || !_previous.TryGetValue(q.Kind, out var p) || p.Column != q.Watermark
        || p.LastFull is not { } last || pulledAt - last >= config.FullReconcileEvery;

    private void ReadPrevious(DuckDBConnection warehouse)
    {
        using var cmd = WarehouseCommand.Create(warehouse, SqlText.Load("Sources/Database/Sql/last_pulls.sql"),
            ("school", school.Code), ("source", Description));
        using var r = cmd.ExecuteReader();
        while (r.Read())
            if (!r.IsDBNull(3) && !r.IsDBNull(4))
                _previous[r.GetString(0)] = new Previous(r.GetString(1), new Watermark(r.GetString(2), r.GetString(3)),
                    new Watermark(r.GetString(2), r.GetString(4)), r.IsDBNull(5) ? null : r.GetDateTime(5));
    }

    public IEnumerable<string> Unlisted() => [];

    /// <summary>A pull's rows change without its query changing: never skipped as unchanged.</summary>
    public bool FingerprintIsContent => false;

    public string Fingerprint(ManifestFile file) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Query(file.Kind).Sql)));

    private KindQuery Query(string kind) => config.Kinds.First(k => k.Kind == kind);

    public ITableReader Open(ManifestFile file, string displayName)
    {
        var q = Query(file.Kind);
        var previous = file.Full ? null : _previous[file.Kind];
        DbDataReader reader;
        try
        {
            using var cmd = _connection!.CreateCommand();
            cmd.Transaction = _transaction;
            cmd.CommandTimeout = config.StatementTimeoutSeconds + 30;
            cmd.CommandText = _connector!.Narrow(q.Sql, q.Watermark, previous is not null);
            if (previous is not null) cmd.Parameters.Add(_connector.Since(previous.ResumeAfter.Value));
            var watch = System.Diagnostics.Stopwatch.StartNew();
            reader = cmd.ExecuteReader();
            SqlText.Traced($"source query {file.Kind}", watch);
        }
        catch (Exception e) when (_connector!.Explain(e) is { } reason)
        {
            throw new SourceFaultException($"查詢「{displayName}」時：{reason}", e);
        }
        try
        {
            var kind = KindCatalog.Get(file.Kind);
            var at = ResultColumns.Check(reader, kind, school, q, displayName);
            _pulls[file.Kind] = new Pull(file.Kind, file.Full, q.Watermark, previous?.ResumeAfter, previous?.Newest, previous?.ResumeAfter, -1);
            return new DbTableReader(reader, at, _connector, displayName, (rows, newest) => Finished(file, displayName, rows, newest));
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    private void Finished(ManifestFile file, string displayName, long rows, Watermark? newest)
    {
        if (file.Full && rows == 0 && _live.GetValueOrDefault(file.Kind) is var live and > 0)
            throw new SourceFaultException(
                $"「{displayName}」沒有傳回任何資料，但倉儲中有 {live:N0} 筆：可能是來源被清空或查詢有誤；為避免全部標示為刪除，本次未載入");
        var pull = _pulls[file.Kind];
        var to = newest is not null && newest.After(pull.To) ? newest : pull.To;
        var resume = newest is null ? pull.ResumeAfter : to!.Resume(_sourceNow.Local, _sourceNow.Utc, config.Overlap, config.OverlapIds);
        _pulls[file.Kind] = pull with { To = to, ResumeAfter = resume, Rows = rows };
    }

    /// <summary>One etl_pull row per kind loaded, written with one appender (columns as in migration 0120).</summary>
    public void Committing(DuckDBConnection warehouse, LoadResult result)
    {
        var loaded = result.Kinds.Where(k => k.Status == "loaded").Select(k => k.Kind).ToHashSet();
        using var appender = warehouse.CreateAppender("etl_pull");
        foreach (var p in _pulls.Values.Where(p => loaded.Contains(p.Kind) && p.Rows >= 0))
            appender.CreateRow().AppendValue(result.LoadId).AppendValue(school.Code).AppendValue(Description).AppendValue(p.Kind)
                .AppendValue(p.Full ? "full" : "incremental").AppendValue(p.Column).AppendValue(p.To?.Type).AppendValue(p.From?.Text)
                .AppendValue(p.To?.Text).AppendValue(p.ResumeAfter?.Text).AppendValue(p.Rows).AppendValue(pulledAt).EndRow();
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        _connection?.Dispose();
    }
}
