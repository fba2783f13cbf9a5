using System.Text.RegularExpressions;
using PortfolioAnalytics.Reports.Documents;
using PortfolioAnalytics.Reports.Views;

namespace PortfolioAnalytics.Reports.FollowUp;

/// <summary>
/// The parent letter, as plain text the school can edit: paragraphs are separated by a blank line; a line that starts
/// with <c>&gt;</c> is aligned right (the signature), one that starts with <c>#</c> is the centred title;
/// <c>{缺漏清單}</c> alone on a line becomes the list of what is
/// missing. Placeholders: {家長} {學生} {學號} {班級} {座號} {班級座號} {導師} {學校} {學期} {截至日期} {日期} {缺漏清單}.
/// </summary>
internal sealed partial class LetterTemplate
{
    public const string MissingList = "{缺漏清單}";

    public static readonly IReadOnlyList<string> Placeholders =
        ["家長", "學生", "學號", "班級", "座號", "班級座號", "導師", "學校", "學期", "截至日期", "日期", "缺漏清單"];

    public const string Default = """
        # {學校} 學生學習歷程檔案 家長通知

        {家長} 您好：

        　　貴子弟 {班級座號} {學生} 同學，依本校 {學期} 學生學習歷程檔案作業日程，截至 {截至日期} 尚有下列項目未完成：

        {缺漏清單}

        　　學習歷程檔案是日後升學時大學參考的資料，上傳、認證與勾選都有規定的期限，逾期可能無法補正。敬請協助提醒貴子弟於期限內完成；如有疑問，歡迎與導師 {導師} 或本校輔導中心聯繫。

        　　謝謝您的關心與配合。

        >{學校} 敬啟
        >{日期}
        """;

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex Placeholder();

    private readonly IReadOnlyList<string> _paragraphs;

    private LetterTemplate(IReadOnlyList<string> paragraphs) => _paragraphs = paragraphs;

    /// <summary>Checks the text: an unknown placeholder is an error naming it and listing the known ones.</summary>
    public static LetterTemplate Parse(string? text)
    {
        var source = string.IsNullOrWhiteSpace(text) ? Default : text;
        var unknown = Placeholder().Matches(source).Select(m => m.Groups[1].Value).Where(n => !Placeholders.Contains(n))
            .Distinct().ToList();
        if (unknown.Count > 0)
            throw new ReportException(
                $"家長通知範本有無法辨識的欄位：{string.Join("、", unknown.Select(u => "{" + u + "}"))}。" +
                $"可用的欄位：{string.Join(" ", Placeholders.Select(p => "{" + p + "}"))}");
        var paragraphs = Regex.Split(source.Replace("\r\n", "\n").Trim('\n'), @"\n[ \t]*\n")
            .Select(p => p.Trim('\n')).Where(p => p.Trim().Length > 0).ToList();
        return new LetterTemplate(paragraphs);
    }

    public IReadOnlyList<LetterBlock> Fill(IReadOnlyDictionary<string, string> values, IReadOnlyList<string> missing)
    {
        var blocks = new List<LetterBlock>();
        foreach (var paragraph in _paragraphs)
        {
            if (paragraph.Trim() == MissingList)
            {
                blocks.Add(new LetterBlock("", missing));
                continue;
            }
            if (paragraph.TrimStart().StartsWith('#'))
            {
                blocks.Add(new LetterBlock(Replace(paragraph.TrimStart().TrimStart('#').Trim(), values, missing), Heading: true));
                continue;
            }
            var lines = paragraph.Split('\n');
            var right = lines.Where(l => l.TrimStart().StartsWith('>')).ToList();
            var body = lines.Where(l => !l.TrimStart().StartsWith('>')).ToList();
            if (body.Count > 0)
                blocks.Add(new LetterBlock(Replace(string.Join("", body.Select(l => l.TrimEnd())), values, missing)));
            foreach (var line in right)
                blocks.Add(new LetterBlock(Replace(line.TrimStart()[1..].Trim(), values, missing), AlignRight: true));
        }
        return blocks;
    }

    private static string Replace(string text, IReadOnlyDictionary<string, string> values, IReadOnlyList<string> missing) =>
        Placeholder().Replace(text, m => m.Groups[1].Value == "缺漏清單"
            ? string.Join("；", missing)
            : values.GetValueOrDefault(m.Groups[1].Value, ""));
}
