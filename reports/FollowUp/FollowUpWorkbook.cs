using PortfolioAnalytics.Reports.Rendering;
using PortfolioAnalytics.Reports.Views;

namespace PortfolioAnalytics.Reports.FollowUp;

/// <summary>Follow-up lists as XLSX: one sheet per class, filters on, header frozen.</summary>
internal static class FollowUpWorkbook
{
    public static byte[] Write(FollowUpModel model)
    {
        using var workbook = Sheets.NewWorkbook();
        if (model.Classes.Count == 0)
        {
            var empty = workbook.Worksheets.Add("待追蹤名單");
            var row = Sheets.WriteHeader(empty, model.Header);
            empty.Cell(row, 1).Value = "目前沒有需要追蹤的學生。";
        }
        foreach (var cls in model.Classes)
        {
            var sheet = workbook.Worksheets.Add(Sheets.SheetName(workbook, cls.ClassCode));
            var headerRow = Sheets.WriteHeader(sheet, model.Header, $"{cls.ClassCode} 班，導師 {cls.Tutor}");
            Sheets.WriteTable(sheet, headerRow,
                [("學號", 12), ("姓名", 12), ("座號", 6), ("身分證號", 13), ("缺少項目", 44), ("階段", 34), ("期限", 11),
                 ("狀態", 11), ("導師", 10), ("風險", 8)],
                cls.Lines.Select(l => (IReadOnlyList<object?>)
                [
                    l.StudentNo, l.StudentName, l.SeatNo, l.MaskedNationalId, l.Missing, l.Phase, l.Deadline,
                    l.Status, l.Tutor, l.Risk,
                ]));
        }
        return Sheets.ToBytes(workbook);
    }
}
