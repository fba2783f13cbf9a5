using PortfolioAnalytics.Reports.Rendering;
using PortfolioAnalytics.Reports.Views;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Reports.FollowUp;

/// <summary>One parent letter per lagging student, from the school's template.</summary>
internal static class LettersBuilder
{
    public const string Title = "學生學習歷程檔案 家長通知";

    public static LettersModel Build(IMetrics data, ReportQuery query, DateTime generated, string? templateText)
    {
        var template = LetterTemplate.Parse(templateText ?? data.School.ParentLetterTemplate);
        var students = FollowUpBuilder.LaggingStudents(data, query, includeDueSoon: false)
            .OrderBy(r => r.ClassCode, StringComparer.Ordinal)
            .ThenBy(r => r.Lagging.Select(l => l.SeatNo).FirstOrDefault() ?? int.MaxValue)
            .ThenBy(r => r.StudentNo, StringComparer.Ordinal)
            .ToList();
        var guardians = data.GuardianNames(students.Select(s => s.StudentNo).ToList());
        var letters = students.Select(s =>
        {
            var seat = s.Lagging.Select(l => l.SeatNo).FirstOrDefault(n => n is not null);
            var values = new Dictionary<string, string>
            {
                ["家長"] = guardians.TryGetValue(s.StudentNo, out var g) ? $"{g} 家長" : "親愛的家長",
                ["學生"] = s.StudentName,
                ["學號"] = s.StudentNo,
                ["班級"] = s.ClassCode,
                ["座號"] = seat?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                ["班級座號"] = seat is null ? $"{s.ClassCode} 班" : $"{s.ClassCode} 班 {seat} 號",
                ["導師"] = s.TutorName ?? "",
                ["學校"] = data.School.Name,
                ["學期"] = query.Semester.ToChinese(),
                ["截至日期"] = Text.Date(query.AsOf),
                ["日期"] = LongDate(generated),
            };
            var missing = s.Lagging.OrderBy(l => l.Deadline)
                .Select(l => l.Missing.Contains("期限", StringComparison.Ordinal)
                    ? $"{l.Missing}，{l.Status.ToChinese()}"
                    : $"{l.Missing}（期限 {Text.Date(l.Deadline)}），{l.Status.ToChinese()}").ToList();
            if (missing.Count == 0) missing.Add(FollowUpBuilder.NoCertifiedArtifact);
            return new ParentLetter(s.StudentNo, s.ClassCode, template.Fill(values, missing));
        }).ToList();
        var header = new DocumentHeader(data.School.Name, Title, query.Semester.ToChinese(), Text.Moment(query.AsOf), Text.Moment(generated));
        return new LettersModel(header, letters);
    }

    /// <summary>中華民國112年2月10日</summary>
    private static string LongDate(DateTime d) => $"中華民國{d.Year - 1911}年{d.Month}月{d.Day}日";
}
