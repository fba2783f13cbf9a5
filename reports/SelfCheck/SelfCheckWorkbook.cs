using PortfolioAnalytics.Reports.Data;
using PortfolioAnalytics.Reports.Rendering;
using PortfolioAnalytics.Reports.Views;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;

namespace PortfolioAnalytics.Reports.SelfCheck;

/// <summary>The 自我檢核 report as XLSX: one sheet per grade group's 檢核表, and a sheet of each phase's counts.</summary>
internal static class SelfCheckWorkbook
{
    public static byte[] Write(SelfCheckModel model, IReadOnlyList<Phase> phases, IReadOnlyList<CompletionRow> phaseRows)
    {
        using var workbook = Sheets.NewWorkbook();
        foreach (var table in model.Tables)
        {
            var sheet = workbook.Worksheets.Add(Sheets.SheetName(workbook, table.GradeGroup));
            var headerRow = Sheets.WriteHeader(sheet, model.Header, table.GradeGroup);
            Sheets.WriteTable(sheet, headerRow,
                [("項目", 18), ("工作項目", 34), ("負責單位", 24), ("完成日期", 22), ("執行情形", 70)],
                table.Sections.SelectMany(s => s.Entries.Select(e => (IReadOnlyList<object?>)
                    [$"{s.Numeral}、{s.Title}", $"{e.Item}.{e.Title}", e.Units, e.Due, string.Join("\n", e.Status)])));
        }

        var stats = workbook.Worksheets.Add("各階段統計");
        var statsHeader = Sheets.WriteHeader(stats, model.Header, "各階段統計");
        var byId = phaseRows.GroupBy(r => r.PhaseId).ToDictionary(g => g.Key, g => g.First());
        Sheets.WriteTable(stats, statsHeader,
            [("階段", 40), ("開始", 12), ("截止", 12), ("單位", 6), ("應辦數", 10), ("準時完成", 10), ("逾期完成", 10),
             ("未完成", 10), ("免除", 8), (CompletionCounts.OnTimeLabel, 12), (CompletionCounts.WithLateLabel, 16)],
            phases.Where(p => p.Kind != PhaseKind.Attested).OrderBy(p => p.End).Select(p =>
            {
                var r = byId.GetValueOrDefault(p.Id);
                return (IReadOnlyList<object?>)
                [
                    p.Title, Text.Date(p.Start), Text.Date(p.End), PhaseNames.CountWord(p.Kind),
                    r?.Population, r?.Complete, r?.Late, r?.Missing, r?.Exempt,
                    r?.Counts.OnTimeRate is { } onTime ? new RateValue(onTime) : null,
                    r?.Counts.WithLateRate is { } withLate ? new RateValue(withLate) : null,
                ];
            }));
        if (model.Findings is { } findings)
        {
            var sheet = workbook.Worksheets.Add("檢核發現");
            var header = Sheets.WriteHeader(sheet, model.Header, "檢核發現");
            Sheets.WriteTable(sheet, header,
                [("種類", 22), ("違反規定", 36), ("說明及處理方式", 80), ("學號", 10), ("班級", 8), ("導師／任課教師", 12), ("階段", 30)],
                findings.SelectMany(g => g.Rows.Select(f => (IReadOnlyList<object?>)
                    [g.Title, f.Rule, f.Message, f.StudentNo, f.ClassCode, f.StaffNo, f.PhaseId])));
        }
        if (model.Tables.Count == 0) workbook.Worksheet(1).Position = 1;
        return Sheets.ToBytes(workbook);
    }
}
