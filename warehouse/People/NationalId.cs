namespace PortfolioAnalytics.Warehouse.People;

/// <summary>中華民國身分證統一編號 (and the 2021 新式居留證號): one letter, nine digits, a weighted checksum.</summary>
public static class NationalId
{
    // Letter → two-digit area code, in the order the Ministry of the Interior assigned them (I, O, W … are out of sequence).
    private const string Letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

    private static int AreaCode(char letter) => Letters.IndexOf(letter) + 10;

    public static bool IsValid(string? id) => Validate(id) is null;

    /// <summary>Null when valid; otherwise the reason in zh-TW.</summary>
    public static string? Validate(string? id)
    {
        var t = (id ?? "").Trim().ToUpperInvariant();
        if (t.Length != 10) return $"身分證號應為 10 碼，收到 {t.Length} 碼";
        if (Letters.IndexOf(t[0]) < 0) return "身分證號第 1 碼應為英文字母";
        if (t[1] is not ('1' or '2' or '8' or '9')) return "身分證號第 2 碼應為 1、2、8 或 9";
        for (var i = 1; i < 10; i++)
            if (!char.IsAsciiDigit(t[i])) return "身分證號第 2 至 10 碼應為數字";
        return Checksum(t) % 10 == 0 ? null : "身分證號檢查碼錯誤";
    }

    /// <summary>The check digit that makes <paramref name="firstNine"/> (letter + 8 digits) valid.</summary>
    public static char CheckDigit(string firstNine)
    {
        var sum = Checksum(firstNine.ToUpperInvariant() + "0");
        return (char)('0' + (10 - sum % 10) % 10);
    }

    private static int Checksum(string t)
    {
        var area = AreaCode(t[0]);
        var sum = area / 10 + area % 10 * 9;
        for (var i = 1; i <= 8; i++) sum += (t[i] - '0') * (9 - i);
        return sum + (t[9] - '0');
    }

    /// <summary>A1******89: enough for staff to tell two students apart, not enough to use.</summary>
    public static string Mask(string? id)
    {
        var t = (id ?? "").Trim();
        return t.Length < 5 ? new string('*', t.Length) : t[..2] + new string('*', t.Length - 4) + t[^2..];
    }
}
