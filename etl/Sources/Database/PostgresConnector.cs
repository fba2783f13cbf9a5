using System.Data.Common;
using System.Net.Sockets;
using Npgsql;

namespace PortfolioAnalytics.Etl.Sources.Database;

/// <summary>PostgreSQL through Npgsql: every transaction read-only (default_transaction_read_only), statement_timeout set.</summary>
public sealed class PostgresConnector : SourceConnector
{
    private readonly NpgsqlConnectionStringBuilder _builder;

    public PostgresConnector(string connectionString) : base(connectionString)
    {
        try
        {
            _builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            // The message would quote the string, password included: say only what is wrong.
            throw new SourceFaultException("資料庫連線字串格式錯誤（應為 Host=…;Port=…;Database=…;Username=…;Password=…）");
        }
    }

    public override string Description => $"postgres://{_builder.Host}:{_builder.Port}/{_builder.Database}";

    public override DbConnection OpenReadOnly(int statementTimeoutSeconds)
    {
        var b = new NpgsqlConnectionStringBuilder(_builder.ConnectionString)
        {
            Options = $"-c default_transaction_read_only=on -c statement_timeout={statementTimeoutSeconds * 1000}",
            CommandTimeout = statementTimeoutSeconds + 30,
            Pooling = false,
            ApplicationName = "portfolio-etl",
        };
        var c = new NpgsqlConnection(b.ConnectionString);
        try
        {
            c.Open();
            return c;
        }
        catch
        {
            c.Dispose();
            throw;
        }
    }

    public override string Narrow(string query, string watermarkColumn, bool incremental) =>
        $"SELECT * FROM (\n{query.Trim().TrimEnd(';')}\n) AS q" + (incremental ? $" WHERE q.\"{watermarkColumn.Replace("\"", "\"\"")}\" > @since" : "");

    public override string ClockQuery => "SELECT localtimestamp, now()";

    public override DbParameter Since(object value) => new NpgsqlParameter("since", value);

    public override string? Explain(Exception e)
    {
        var where = $"{_builder.Host}:{_builder.Port}";
        return e switch
        {
            PostgresException { SqlState: "57014" } => "查詢逾時（超過學校設定的 statement_timeout_seconds），已中止",
            PostgresException { SqlState: "28P01" or "28000" } => $"資料庫 {where} 拒絕登入（帳號或密碼錯誤，或不允許此來源連線）",
            PostgresException { SqlState: "3D000" } => $"資料庫 {where} 上找不到資料庫「{_builder.Database}」",
            PostgresException { SqlState: "57P01" or "57P02" or "57P03" } => $"資料庫 {where} 已關閉或正在重新啟動，連線中斷",
            PostgresException { SqlState: "25006" } => "資料來源連線為唯讀，查詢不得寫入資料",
            PostgresException p => $"資料庫 {where} 回報錯誤 {p.SqlState}：{p.MessageText}",
            NpgsqlException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } } =>
                $"無法連線至資料庫 {where}：連線被拒（伺服器未啟動，或連接埠錯誤）",
            NpgsqlException { InnerException: SocketException s } => $"無法連線至資料庫 {where}：{s.SocketErrorCode}",
            NpgsqlException { InnerException: TimeoutException } or TimeoutException => $"資料庫 {where} 連線或查詢逾時",
            NpgsqlException { InnerException: EndOfStreamException or IOException } => $"與資料庫 {where} 的連線在讀取中途中斷",
            NpgsqlException => $"與資料庫 {where} 的連線發生錯誤（{e.GetType().Name}），連線已中斷",
            InvalidOperationException when e.Source == "Npgsql" => $"與資料庫 {where} 的連線已中斷",
            _ => null,
        };
    }
}
