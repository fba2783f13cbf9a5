namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// Realistic Taiwanese names: surnames weighted roughly by how common they are, two-character given names from
/// characters common for each gender. Every character is in Big5, so any file may be written in CP950.
/// </summary>
internal static class ChineseNames
{
    // Repeats weight the draw: 陳 and 林 are each about a tenth of Taiwan.
    private const string Surnames =
        "陳陳陳陳陳林林林林黃黃黃張張張李李李王王王吳吳劉劉蔡蔡楊楊許許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴";

    private const string MaleChars = "家冠宇承恩柏翰宥廷彥睿哲品浩志明建宏俊傑偉育辰皓軒銘峻子祐昱凱勝安宸崇文嘉豪信達聖閔";
    private const string FemaleChars = "怡婷雅筑欣妤涵芸佳琪詩慧宜思若瑄庭予彤晴萱芳佩珊靜亭蓉嘉昕語心羽淑玉君如宣";

    public static char Surname(Random random) => Surnames[random.Next(Surnames.Length)];

    public static string Full(Random random, bool male) => Surname(random) + Given(random, male);

    public static string WithSurname(Random random, char surname, bool male) => surname + Given(random, male);

    private static string Given(Random random, bool male)
    {
        var pool = male ? MaleChars : FemaleChars;
        var first = pool[random.Next(pool.Length)];
        char second;
        do second = pool[random.Next(pool.Length)]; while (second == first);
        return $"{first}{second}";
    }

    /// <summary>Every character a name can contain (for the Big5 test).</summary>
    internal static string AllCharacters => Surnames + MaleChars + FemaleChars;
}
