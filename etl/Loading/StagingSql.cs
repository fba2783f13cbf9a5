using System.Globalization;
using PortfolioAnalytics.Etl.Sources;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// Per staging column, the SQL (over <c>f</c>, a line's fields) for "the rules of stage_rules.sql accept this field" and
/// for its typed value — the same value <see cref="RowParser"/> gives. Only plain forms are accepted; the rest is
/// RowParser's to judge, so a reject is always RowParser's own.
/// </summary>
internal sealed record StagingSql(string Columns, string Fields, string Values, string Typed, string Raw, string Ok, string Schema)
{
    public static StagingSql For(KindSpec kind, HeaderMap map, IReadOnlyList<ColumnFit> fits, DateTime exportedAt)
    {
        var width = map.FileHeader.Count;
        var fields = Enumerable.Range(1, width).Select(i => $"c{i}").ToList();
        var columns = new List<string> { "_line", "_raw", "_rejected", "_duplicate" };
        var values = new List<string>();
        var ok = new List<string> { "true" };
        for (var c = 0; c < kind.Columns.Count; c++)
        {
            var col = kind.Columns[c];
            columns.Add(col.Column);
            var at = map.Positions[c];
            if (at < 0)
            {
                values.Add($"NULL::{StagingTable.SqlType(col.Type)} AS t{c}");
                continue;
            }
            var v = fields[at];
            var (accepts, value) = Rule(col, fits[c], v, $"t{c}", exportedAt);
            values.Add($"CASE WHEN {v} <> '' THEN {value} END AS t{c}");
            ok.Add(col.Required ? $"({v} <> '' AND coalesce({accepts}, false))" : $"({v} = '' OR coalesce({accepts}, false))");
        }
        var typed = Enumerable.Range(0, kind.Columns.Count).Select(c => $"t{c}").ToList();
        if (kind.HasSemester)
        {
            columns.Add("semester");
            var year = kind.Columns.ToList().FindIndex(x => x.Column == "academic_year");
            var term = kind.Columns.ToList().FindIndex(x => x.Column == "term");
            typed.Add($"t{year}::VARCHAR || '-' || t{term}::VARCHAR");
        }
        const string plain = "pa_line_plain(_raw)";
        return new StagingSql(string.Join(", ", columns), string.Join(", ", fields), string.Join(", ", values), string.Join(", ", typed),
            string.Join(" || ',' || ", fields), string.Join(" AND ", ok.Append(plain)),
            "{" + string.Join(", ", fields.Select(f => $"'{f}': 'VARCHAR'")) + "}");
    }

    private static (string Accepts, string Value) Rule(ColumnSpec col, ColumnFit fit, string v, string t, DateTime exportedAt)
    {
        switch (col.Type)
        {
            case ColumnType.Text:
                var value = col.ValueMap is { Count: > 0 } map
                    ? $"CASE {v} {string.Concat(map.Select(m => $"WHEN {Literal(m.Key)} THEN {Literal(m.Value)} "))}ELSE {v} END"
                    : v;
                return (col.AllowedValues.Count > 0 ? $"{v} IN ({List(col.AllowedValues)})" : "true", value);
            case ColumnType.Integer:
                var accepts = $"{t} BETWEEN {fit.Min} AND {fit.Max}";
                if (col.AllowedValues.Count > 0)
                    accepts += $" AND {t} IN ({string.Join(", ", col.AllowedValues.Select(a => long.Parse(a, CultureInfo.InvariantCulture) * col.Multiplier))})";
                return (accepts, $"CASE WHEN regexp_full_match({v}, '[0-9]{{1,15}}') THEN {v}::BIGINT * {col.Multiplier} END");
            case ColumnType.Number:
                var digits = Math.Min(fit.IntegerDigits, 8);
                var scale = Math.Min(fit.Scale, 1);
                var fraction = scale > 0 ? $"(\\.[0-9]{{1,{scale}}})?" : "";
                return ($"{t} IS NOT NULL", $"CASE WHEN regexp_full_match({v}, '[0-9]{{1,{digits}}}{fraction}') THEN {v}::DECIMAL(9,1) END");
            case ColumnType.RocYear:
                return ($"{t} <= 150", $"CASE WHEN regexp_full_match({v}, '1[0-9][0-9]') THEN {v}::INTEGER END");
            case ColumnType.Date:
                var day = DateOnly.FromDateTime(exportedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return ($"{t} <= DATE '{day}'", $"pa_date({v})");
            case ColumnType.DateTime:
                var moment = exportedAt.ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture);
                return ($"{t} <= TIMESTAMP '{moment}'", $"pa_timestamp({v})");
            case ColumnType.NationalId:
                return ($"pa_national_id_ok({v})", v);
            case ColumnType.YesNo:
                return ($"{v} IN ({List(Yes)}, {List(No)})", $"{v} IN ({List(Yes)})");
            default:
                throw new ArgumentOutOfRangeException(nameof(col), col.Type, null);
        }
    }

    /// <summary>RowParser's 是/否 spellings.</summary>
    private static readonly string[] Yes = ["是", "Y", "y", "1", "TRUE", "true", "True"];
    private static readonly string[] No = ["否", "N", "n", "0", "FALSE", "false", "False"];

    private static string List(IEnumerable<string> values) => string.Join(", ", values.Select(Literal));

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
