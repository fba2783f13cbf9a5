using System.Globalization;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PortfolioAnalytics.Etl.Sources.Database;

/// <summary>
/// Reads the school file's <c>source_database</c> section, reporting every problem with file:line:column in zh-TW.
/// <c>queries: sample</c> takes the sample admin-system schema's queries (Sample/queries.yaml); <c>kinds</c> add or replace.
/// </summary>
public static class DatabaseSourceConfigReader
{
    private static readonly string[] Keys =
        ["provider", "connection_env", "connection_file", "statement_timeout_seconds", "full_reconcile_hours", "overlap_minutes", "overlap_ids", "queries", "kinds"];

    /// <summary>The school's section; null when the school file has none.</summary>
    public static DatabaseSourceConfig? Read(SchoolConfig school)
    {
        if (school.SourceText is null) return null;
        var file = school.SourceName ?? "school.yaml";
        var root = Parse(school.SourceText, file);
        if (root is null || !root.Children.TryGetValue(new YamlScalarNode("source_database"), out var node)) return null;
        var errors = new List<string>();
        if (node is not YamlMappingNode map)
            throw new FormatException(At(file, node, "source_database 應為對照表（provider、kinds …）"));
        var config = ReadSection(map, file, errors);
        if (errors.Count > 0) throw new FormatException(string.Join("\n", errors));
        return config;
    }

    /// <summary>The sample admin-system schema's queries (what the demo fills), with the given overrides.</summary>
    public static DatabaseSourceConfig Sample()
    {
        var errors = new List<string>();
        var kinds = ReadKinds(SampleQueries(), "Sample/queries.yaml", errors);
        if (errors.Count > 0) throw new InvalidOperationException(string.Join("\n", errors));
        return new DatabaseSourceConfig { Kinds = kinds };
    }

    private static YamlMappingNode SampleQueries()
    {
        const string name = "Sources/Database/Sample/queries.yaml";
        var root = Parse(SqlResource.Load(typeof(DatabaseSourceConfigReader).Assembly, name), name);
        return root?.Children[new YamlScalarNode("kinds")] as YamlMappingNode
               ?? throw new InvalidOperationException($"{name} has no kinds");
    }

    private static YamlMappingNode? Parse(string text, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new FormatException($"{file}:{e.Start.Line}:{e.Start.Column}: YAML 格式錯誤");
        }
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
    }

    private static DatabaseSourceConfig ReadSection(YamlMappingNode map, string file, List<string> errors)
    {
        string? Str(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? (v as YamlScalarNode)?.Value?.Trim() : null;
        int Int(string key, int fallback, int min, int max)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var v)) return fallback;
            if (v is YamlScalarNode s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
            errors.Add(At(file, v, $"source_database 的 {key} 應為 {min} 至 {max} 的整數"));
            return fallback;
        }
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Where(k => !Keys.Contains(k.Value)))
            errors.Add(At(file, key, $"source_database 不認得「{key.Value}」（可用：{string.Join("、", Keys)}）"));

        var provider = Str("provider") ?? "postgres";
        if (provider is not ("postgres" or "postgresql"))
            errors.Add(At(file, map, $"source_database 的 provider「{provider}」不支援（可用：postgres）"));
        var kinds = new Dictionary<string, KindQuery>();
        var preset = Str("queries");
        if (preset is not null)
        {
            if (preset == "sample") foreach (var k in Sample().Kinds) kinds[k.Kind] = k;
            else errors.Add(At(file, map, $"source_database 的 queries「{preset}」不是內建的查詢組（可用：sample）"));
        }
        if (map.Children.TryGetValue(new YamlScalarNode("kinds"), out var kindsNode))
        {
            if (kindsNode is YamlMappingNode km) foreach (var k in ReadKinds(km, file, errors)) kinds[k.Kind] = k;
            else errors.Add(At(file, kindsNode, "source_database 的 kinds 應為「資料種類: { query, watermark }」的對照表"));
        }
        if (kinds.Count == 0) errors.Add(At(file, map, "source_database 沒有任何查詢：請寫 kinds，或 queries: sample"));
        return new DatabaseSourceConfig
        {
            Provider = provider,
            ConnectionEnv = Str("connection_env") ?? DatabaseSourceConfig.DefaultConnectionEnv,
            ConnectionFile = Str("connection_file"),
            StatementTimeoutSeconds = Int("statement_timeout_seconds", 600, 1, 86400),
            FullReconcileEvery = TimeSpan.FromHours(Int("full_reconcile_hours", 24, 0, 24 * 366)),
            Overlap = TimeSpan.FromMinutes(Int("overlap_minutes", 10, 0, 24 * 60)),
            OverlapIds = Int("overlap_ids", 1000, 0, 10_000_000),
            Kinds = KindCatalog.All.Where(k => kinds.ContainsKey(k.Kind)).Select(k => kinds[k.Kind]).ToList(),
        };
    }

    private static List<KindQuery> ReadKinds(YamlMappingNode map, string file, List<string> errors)
    {
        var list = new List<KindQuery>();
        foreach (var (key, value) in map.Children)
        {
            var kind = (key as YamlScalarNode)?.Value ?? "";
            if (!KindCatalog.TryGet(kind, out _))
            {
                errors.Add(At(file, key, $"source_database 的資料種類「{kind}」不存在（可用：{string.Join("、", KindCatalog.All.Select(k => k.Kind))}）"));
                continue;
            }
            var m = value as YamlMappingNode;
            string? Get(string name) => m is not null && m.Children.TryGetValue(new YamlScalarNode(name), out var v) ? (v as YamlScalarNode)?.Value?.Trim() : null;
            var sql = Get("query");
            var watermark = Get("watermark");
            if (string.IsNullOrWhiteSpace(sql) || string.IsNullOrWhiteSpace(watermark))
            {
                errors.Add(At(file, value, $"source_database 的「{kind}」需要 query（SQL）與 watermark（更新時間或遞增編號欄位）"));
                continue;
            }
            list.Add(new KindQuery(kind, sql, watermark));
        }
        return list;
    }

    private static string At(string file, YamlNode node, string message) => $"{file}:{node.Start.Line}:{node.Start.Column}: {message}";
}
