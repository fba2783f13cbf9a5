namespace PortfolioAnalytics.Etl.Sources;

/// <summary>
/// The forms nearly every export writes — 112/05/20, 112.05.20, 112-05-20 (民國 100–199) or 2023-05-20 (1912–2099),
/// one separator throughout, optionally then one space or T and 9:05, 09:05 or 09:05:30 — read without regular
/// expressions or allocations. Anything else (and any date the calendar lacks) is not read here: <see cref="DateText"/>
/// reads it, or says what is wrong, as before; where both read a text they give the same moment.
/// </summary>
internal static class PlainDate
{
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date) =>
        TryParseDatePart(text, out date, out var used) && used == text.Length;

    public static bool TryParseDateTime(ReadOnlySpan<char> text, out DateTime moment)
    {
        moment = default;
        if (!TryParseDatePart(text, out var date, out var used)) return false;
        if (used == text.Length)
        {
            moment = date.ToDateTime(TimeOnly.MinValue);
            return true;
        }
        if (text[used] is not (' ' or 'T')) return false;
        var time = text[(used + 1)..];
        var colon = time.IndexOf(':');
        if (colon is < 1 or > 2 || !Number(time[..colon], out var h) || h > 23) return false;
        var rest = time[(colon + 1)..];
        if (rest.Length < 2 || !Number(rest[..2], out var min) || min > 59) return false;
        var s = 0;
        if (rest.Length == 5)
        {
            if (rest[2] != ':' || !Number(rest[3..], out s) || s > 59) return false;
        }
        else if (rest.Length != 2)
        {
            return false;
        }
        moment = date.ToDateTime(new TimeOnly(h, min, s));
        return true;
    }

    /// <summary>The date at the start of <paramref name="text"/>; <paramref name="used"/> = its length.</summary>
    private static bool TryParseDatePart(ReadOnlySpan<char> text, out DateOnly date, out int used)
    {
        date = default;
        used = 0;
        var first = text.IndexOfAny('/', '.', '-');
        if (first is not (3 or 4) || !Number(text[..first], out var year)) return false;
        if (first == 3) year = text[0] == '1' ? year + 1911 : -1;
        if (year is < 1912 or > 2099) return false;
        var sep = text[first];
        var rest = text[(first + 1)..];
        var second = rest.IndexOf(sep);
        if (second is < 1 or > 2 || !Number(rest[..second], out var month) || month is < 1 or > 12) return false;
        var dayText = rest[(second + 1)..];
        var dayLength = 0;
        while (dayLength < dayText.Length && dayLength < 3 && char.IsAsciiDigit(dayText[dayLength])) dayLength++;
        if (dayLength is < 1 or > 2 || !Number(dayText[..dayLength], out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        used = first + 1 + second + 1 + dayLength;
        return true;
    }

    /// <summary>ASCII digits only (int.Parse would take full-width ones and signs).</summary>
    private static bool Number(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty) return false;
        foreach (var ch in digits)
        {
            if (!char.IsAsciiDigit(ch)) return false;
            value = value * 10 + (ch - '0');
        }
        return true;
    }
}
