using System.Globalization;
using System.Text.RegularExpressions;

namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// One school of a many-school demo (<c>portfolio demo --schools N</c>): its code, name, district, size and seed.
/// Its school file is the demo school's own with code, name, short name and district replaced (<see cref="SchoolFile"/>).
/// </summary>
public sealed partial record DemoSchoolPlan(int Number, string Code, string Name, string District, int Students, int Seed)
{
    /// <summary>The fixed districts the demo schools are spread over: Taipei's twelve 行政區.</summary>
    public static IReadOnlyList<string> TaipeiDistricts { get; } =
        ["中正區", "大同區", "中山區", "松山區", "大安區", "萬華區", "信義區", "士林區", "北投區", "內湖區", "南港區", "文山區"];

    /// <summary>The smallest demo school (a few classes per grade).</summary>
    public const int MinStudents = 60;

    /// <summary>
    /// <paramref name="schools"/> schools sharing about <paramref name="students"/> students, sizes varying between about
    /// the minimum plus 0.4× to 1.6× an even share of the rest (never below <see cref="MinStudents"/>), the same for the same seed.
    /// </summary>
    public static IReadOnlyList<DemoSchoolPlan> Plan(int schools, int students, int seed)
    {
        var random = Seeds.Stream(seed, 7100);
        var weights = Enumerable.Range(0, schools).Select(_ => 0.4 + 1.2 * random.NextDouble()).ToList();
        var total = weights.Sum();
        // Each school has the minimum; what is left of the total is shared by weight, the rounding remainder one
        // student each to the first schools, so the sizes sum to the total asked (when it allows the minimum).
        var spare = Math.Max(0, students - schools * MinStudents);
        var sizes = weights.Select(w => MinStudents + (int)Math.Floor(spare * w / total)).ToList();
        var remainder = Math.Max(0, students - sizes.Sum());
        for (var i = 0; i < remainder && i < schools; i++) sizes[i]++;
        return Enumerable.Range(1, schools).Select(n => new DemoSchoolPlan(
            n, (900000 + n).ToString(CultureInfo.InvariantCulture), $"示範市立第{n}高級中學",
            TaipeiDistricts[(n - 1) % TaipeiDistricts.Count], sizes[n - 1], Seeds.Derive(seed, 7200, n))).ToList();
    }

    [GeneratedRegex(@"^(code|name|short_name|district):[^\n]*\n", RegexOptions.Multiline)]
    private static partial Regex IdentityLine();

    /// <summary>The demo school's file with this school's identity: its own code, name, short name and district.</summary>
    public string SchoolFile(string demoSchoolYaml)
    {
        var text = demoSchoolYaml.ReplaceLineEndings("\n");
        var first = IdentityLine().Match(text);
        if (!first.Success) throw new InvalidDataException("示範學校設定檔缺少 code: 欄位，無法衍生其他示範學校");
        var identity = $"code: \"{Code}\"\nname: {Name}\nshort_name: 示範{Number}中\ndistrict: {District}\n";
        var rest = IdentityLine().Replace(text, "");
        return rest.Insert(first.Index, identity);
    }
}
