using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Export;

/// <summary>Findings as a table: the 稽核發現 page, its XLSX download and <c>portfolio findings --format xlsx</c> share it.</summary>
public static class FindingsTable
{
    public static DataTable Build(string title, IReadOnlyList<FindingRow> rows) =>
        new("findings", title, ["種類", "違反規定", "說明及處理方式", "學號", "班級", "導師／任課教師", "階段"],
            rows.Select(r => (IReadOnlyList<Cell>)
            [
                FindingKinds.ToChinese(r.Kind), r.Rule, r.Message, r.StudentNo ?? "", r.ClassCode ?? "", r.StaffNo ?? "", r.PhaseId ?? "",
            ]).ToList())
        {
            Note = rows.Count == 0 ? "沒有檢核發現。" : $"共 {Fmt.N(rows.Count)} 筆："
                + string.Join("、", FindingKinds.All.Select(k => (k, n: rows.Count(r => r.Kind == k))).Where(x => x.n > 0)
                    .Select(x => $"{FindingKinds.ToChinese(x.k)} {Fmt.N(x.n)} 筆")) + "。",
        };
}
