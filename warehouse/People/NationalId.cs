using System.Text;
using System.Text.RegularExpressions;

namespace PortfolioAnalytics.Warehouse.People;

/// <summary>
/// 中華民國身分證統一編號 (and the 2021 新式居留證號): one letter, nine digits, a weighted checksum. Also the one
/// masking of such numbers that every page, export, report and log uses (<see cref="Mask"/>, <see cref="MaskIn"/>).
/// </summary>
public static partial class NationalId
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

    /// <summary>
    /// A1******89: enough for staff to tell two students apart, not enough to use. Full-width (Ａ１２３４５６７８９) and
    /// lower-case forms are normalised first, so every way of writing a number masks to the same text.
    /// </summary>
    public static string Mask(string? id)
    {
        var t = Normalize(id);
        return t.Length < 5 ? new string('*', t.Length) : t[..2] + new string('*', t.Length - 4) + t[^2..];
    }

    /// <summary>
    /// Free text (a rejected raw row, a message, a log line) with every number shaped like a national ID or a
    /// resident certificate number masked, in whatever width or case it is written; the rest is left as it was.
    /// </summary>
    public static string MaskIn(string? text) =>
        string.IsNullOrEmpty(text) ? text ?? "" : IdLike().Replace(text, m => Mask(m.Value));

    /// <summary>Half-width upper case without surrounding spaces (NFKC turns Ａ１ into A1).</summary>
    public static string Normalize(string? id) =>
        (id ?? "").Normalize(NormalizationForm.FormKC).Trim().ToUpperInvariant();

    // A letter, then 1/2/8/9 (身分證, 新式居留證) or A–D (舊式居留證), then eight digits; half- or full-width, any case.
    // No word boundaries: an ID glued to other text must be masked too.
    [GeneratedRegex("[A-Za-zＡ-Ｚａ-ｚ][1289１２８９A-Da-dＡ-Ｄａ-ｄ][0-9０-９]{8}")]
    private static partial Regex IdLike();
}
