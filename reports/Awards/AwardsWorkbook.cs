using PortfolioAnalytics.Reports.Rendering;
using PortfolioAnalytics.Reports.Views;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Reports.Awards;

/// <summary>The 敘獎 pack as XLSX: the ranked summary, then each person's duties and results.</summary>
internal static class AwardsWorkbook
{
    public static byte[] Write(AwardsModel model)
    {
        using var workbook = Sheets.NewWorkbook();
        var summary = workbook.Worksheets.Add("評核總表");
        var row = Sheets.WriteHeader(summary, model.Header);
        Sheets.WriteTable(summary, row,
            [("類別", 14), ("名次", 6), ("姓名", 16), ("單位", 22), ("準時完成數", 10), ("應辦數", 10), (CompletionCounts.OnTimeLabel, 12),
             ("評核指標", 50), ("建議獎勵", 14), ("逾期完成數", 10), (CompletionCounts.WithLateLabel, 16)],
            model.Candidates.Select(c => (IReadOnlyList<object?>)
            [
                c.Role, c.Rank, c.Name, c.Unit, c.Done, c.Population,
                c.Rate is { } r ? new RateValue(r) : null, c.Measure, c.Award, c.Counts.Late,
                c.Counts.WithLateRate is { } w ? new RateValue(w) : null,
            ]));
        var last = row + model.Candidates.Count + 2;
        foreach (var note in model.Notes) summary.Cell(last++, 1).Value = note;
        summary.Cell(last + 1, 1).Value = $"召集人：{model.Convener}";
        summary.Cell(last + 1, 5).Value = $"執行秘書：{model.ExecutiveSecretary}";

        var details = workbook.Worksheets.Add("個別評核");
        var detailRow = Sheets.WriteHeader(details, model.Header, "個別評核");
        Sheets.WriteTable(details, detailRow,
            [("類別", 14), ("名次", 6), ("姓名", 16), ("單位", 22), ("工作項目", 50), ("辦理成效", 70), ("建議獎勵", 14)],
            model.Candidates.Select(c => (IReadOnlyList<object?>)
                [c.Role, c.Rank, c.Name, c.Unit, string.Join("\n", c.Duties), string.Join("\n", c.Results), c.Award]));
        return Sheets.ToBytes(workbook);
    }
}
