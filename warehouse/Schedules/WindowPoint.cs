using System.Globalization;
using System.Text.RegularExpressions;
using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Warehouse.Schedules;

/// <summary>
/// One end of a phase's window as a school file writes it: an absolute ROC date (<c>111.08.15</c>), a month
/// (<c>111.10</c>: its first day as a start, its last day as an end), or a school event of the semester with
/// offsets (<c>休業式 + 2週</c>, <c>第二次期中考結束 + 1天</c>, <c>教育部提交期限 - 3週</c>).
/// An event with a range (第二次期中考: 111.11.28~111.11.30) means its first day; 「…結束」 its last day.
/// </summary>
public sealed partial record WindowPoint(DateOnly? Date, int? Year, int? Month, string? Event, bool EventEnd, int OffsetDays, string Text)
{
    [GeneratedRegex(@"^(?<y>\d{2,3})[./](?<m>\d{1,2})\.?$")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"\s*(?<sign>[+\-−－＋])\s*(?<n>\d+)\s*(?<unit>天|日|週|周|d|w)\s*")]
    private static partial Regex OffsetPattern();

    public bool IsRelative => Event is not null;

    public static bool TryParse(string text, out WindowPoint point, out string? error)
    {
        point = null!;
        var t = text.Trim();
        if (t.Length == 0) { error = "日期空白"; return false; }

        var mm = MonthPattern().Match(t);
        if (mm.Success)
        {
            var y = int.Parse(mm.Groups["y"].Value, CultureInfo.InvariantCulture);
            var m = int.Parse(mm.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (m is < 1 or > 12) { error = $"「{t}」的月份 {m} 不存在"; return false; }
            point = new(null, y, m, null, false, 0, t);
            error = null;
            return true;
        }

        if (char.IsDigit(t[0]))
        {
            if (!RocDate.TryParseDate(t, out var d, out error)) return false;
            point = new(d, null, null, null, false, 0, t);
            return true;
        }

        var first = OffsetPattern().Match(t);
        var name = (first.Success ? t[..first.Index] : t).Trim();
        var offset = 0;
        var pos = first.Success ? first.Index : t.Length;
        while (pos < t.Length)
        {
            var o = OffsetPattern().Match(t, pos);
            if (!o.Success || o.Index != pos)
            {
                error = $"「{t}」無法辨識：事件後應接「+ 2週」或「- 3天」之類的位移";
                return false;
            }
            var n = int.Parse(o.Groups["n"].Value, CultureInfo.InvariantCulture);
            var days = o.Groups["unit"].Value is "週" or "周" or "w" ? n * 7 : n;
            offset += o.Groups["sign"].Value is "-" or "−" or "－" ? -days : days;
            pos = o.Index + o.Length;
        }
        if (name.Length == 0) { error = $"「{t}」缺少事件名稱"; return false; }
        point = new(null, null, null, name, false, offset, t);
        error = null;
        return true;
    }

    /// <summary>The day this point stands for; <paramref name="asEnd"/> picks a month's last day.</summary>
    public bool TryResolve(EventCalendar? calendar, bool asEnd, out DateOnly day, out string? error)
    {
        error = null;
        day = default;
        if (Date is { } d) { day = d; return true; }
        if (Year is { } y && Month is { } m)
        {
            var first = new DateOnly(y + 1911, m, 1);
            day = asEnd ? first.AddMonths(1).AddDays(-1) : first;
            return true;
        }
        // 「第二次期中考結束」: the last day of the event 第二次期中考, unless the calendar names an event that way itself.
        var name = Event!;
        var end = EventEnd;
        if (calendar is not null && !calendar.Events.ContainsKey(name) && name.Length > 2)
        {
            if (name.EndsWith("結束", StringComparison.Ordinal)) { name = name[..^2].Trim(); end = true; }
            else if (name.EndsWith("開始", StringComparison.Ordinal)) name = name[..^2].Trim();
        }
        if (calendar is null || !calendar.Events.TryGetValue(name, out var range))
        {
            error = calendar is null
                ? $"「{Text}」引用學校事件「{Event}」，但沒有這個學期的行事曆（events）"
                : $"「{Text}」引用的事件「{Event}」不在 {calendar.Semester} 的行事曆（events）中（有：{string.Join("、", calendar.Events.Keys)}）";
            return false;
        }
        day = (end ? range.End : range.Start).AddDays(OffsetDays);
        return true;
    }
}
