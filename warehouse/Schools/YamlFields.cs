using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace PortfolioAnalytics.Warehouse.Schools;

/// <summary>
/// Reads typed values out of a YAML tree and records every problem with the line and column of the node at fault,
/// so one pass reports all mistakes in a school file.
/// </summary>
internal sealed class YamlFields(string file)
{
    public string File { get; } = file;
    public List<ConfigError> Errors { get; } = [];

    public void Error(YamlNode? node, string message) =>
        Errors.Add(new ConfigError(File, node is null ? 0 : (int)node.Start.Line, node is null ? 0 : (int)node.Start.Column, message));

    /// <summary>Reports keys the school file has but the reader does not know (a misspelt key is otherwise silently ignored).</summary>
    public void OnlyKeys(YamlMappingNode map, string where, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
                Error(key, $"{where}不認得欄位「{name}」（可用的欄位：{string.Join("、", allowed)}）");
        }
    }

    public YamlNode? Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && !IsNull(node) ? node : null;

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode s && s.Style == YamlDotNet.Core.ScalarStyle.Plain && (s.Value is null or "" or "~" or "null");

    public YamlMappingNode? Map(YamlMappingNode map, string key, string where, bool required = false)
    {
        var node = Node(map, key);
        if (node is null)
        {
            if (required) Error(map, $"{where}缺少「{key}」");
            return null;
        }
        if (node is YamlMappingNode m) return m;
        Error(node, $"{where}「{key}」應為「名稱: 值」的對照表");
        return null;
    }

    public IReadOnlyList<YamlNode> Seq(YamlMappingNode map, string key, string where, bool required = false)
    {
        var node = Node(map, key);
        if (node is null)
        {
            if (required) Error(map, $"{where}缺少「{key}」");
            return [];
        }
        if (node is YamlSequenceNode s) return s.Children.ToList();
        Error(node, $"{where}「{key}」應為清單（每項以「- 」開頭）");
        return [];
    }

    public string? Str(YamlMappingNode map, string key, string where, bool required = false)
    {
        var node = Node(map, key);
        if (node is null)
        {
            if (required) Error(map, $"{where}缺少「{key}」");
            return null;
        }
        if (node is YamlScalarNode s) return s.Value?.Trim();
        Error(node, $"{where}「{key}」應為文字");
        return null;
    }

    public int? Int(YamlMappingNode map, string key, string where, int min, int max, bool required = false)
    {
        var node = Node(map, key);
        var text = Str(map, key, where, required);
        if (text is null || node is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
        Error(node, $"{where}「{key}」應為 {min} 到 {max} 的整數，收到「{text}」");
        return null;
    }

    public decimal? Decimal(YamlMappingNode map, string key, string where, decimal min, decimal max)
    {
        var node = Node(map, key);
        var text = Str(map, key, where, true);
        if (text is null || node is null) return null;
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
        Error(node, $"{where}「{key}」應為 {min} 到 {max} 的數字，收到「{text}」");
        return null;
    }

    public bool? Bool(YamlMappingNode map, string key, string where)
    {
        var node = Node(map, key);
        var text = Str(map, key, where);
        if (text is null || node is null) return null;
        if (text is "true" or "是") return true;
        if (text is "false" or "否") return false;
        Error(node, $"{where}「{key}」應為 true 或 false，收到「{text}」");
        return null;
    }

    /// <summary>A list of texts; a single text is read as a list of one.</summary>
    public IReadOnlyList<string> Strings(YamlMappingNode map, string key, string where, bool required = false)
    {
        var node = Node(map, key);
        if (node is null)
        {
            if (required) Error(map, $"{where}缺少「{key}」");
            return [];
        }
        if (node is YamlScalarNode s) return [s.Value!.Trim()];
        if (node is YamlSequenceNode seq)
        {
            var list = new List<string>();
            foreach (var item in seq.Children)
            {
                if (item is YamlScalarNode v && v.Value is { } text) list.Add(text.Trim());
                else Error(item, $"{where}「{key}」的每一項應為文字");
            }
            return list;
        }
        Error(node, $"{where}「{key}」應為文字或文字清單");
        return [];
    }

    public YamlMappingNode? AsMap(YamlNode node, string where)
    {
        if (node is YamlMappingNode m) return m;
        Error(node, $"{where}應為「欄位: 值」的項目");
        return null;
    }
}
