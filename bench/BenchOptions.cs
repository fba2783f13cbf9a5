using System.Globalization;
namespace PortfolioAnalytics.Bench;

/// <summary>
/// What to measure: school sizes (students), how many times each timed step repeats after its cold run (the median of
/// those is kept), whether documents are printed, where the JSON result goes, the built `portfolio` program the load and
/// completion steps start as fresh processes, whether to time pulls from PostgreSQL and its peer query too (--postgres; --pull-only: generate and time the pulls, nothing else),
/// how many other schools' copies a many-school warehouse holds (--copies, 0 = none), and --schools N: each size is
/// then the total of N demo schools in one warehouse (SchoolsPipeline) instead of one school.
/// </summary>
internal sealed record BenchOptions(IReadOnlyList<int> Sizes, int Repeat, bool Reports, string Output, string WorkDir, int Seed, string Portfolio,
    bool Postgres = false, int Schools = 1, int Copies = 0, bool PullOnly = false)
{
    public static BenchOptions Parse(string[] args)
    {
        var sizes = new List<int> { 1200, 3000 };
        var repeat = 3;
        var reports = true;
        var output = Path.Combine("bench", "results", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}.json");
        var work = Path.Combine(Path.GetTempPath(), "portfolio-bench");
        var seed = 111;
        var postgres = false;
        var schools = 1;
        var copies = 0;
        var pullOnly = false;
        string? portfolio = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} 需要一個值");
            switch (args[i])
            {
                case "--students": sizes = Next().Split(',').Select(int.Parse).ToList(); break;
                case "--repeat": repeat = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--no-reports": reports = false; break;
                case "--out": output = Next(); break;
                case "--work": work = Next(); break;
                case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--postgres": postgres = true; break;
                case "--pull-only": postgres = pullOnly = true; break;
                case "--copies": copies = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--portfolio": portfolio = Next(); break;
                case "--schools": schools = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"不認得的選項 {args[i]}；可用：--students 1200,3000 --repeat 3 --no-reports --out FILE --work DIR --seed 111 --portfolio PATH --postgres --pull-only --copies N --schools N");
            }
        }
        portfolio ??= BuiltPortfolio.FirstOrDefault(File.Exists)
            ?? throw new ArgumentException($"找不到已建置的 portfolio（{string.Join("、", BuiltPortfolio)}）；請先執行 dotnet build -c Release dashboard，或以 --portfolio 指定");
        if (!File.Exists(portfolio)) throw new ArgumentException($"找不到 --portfolio 指定的程式「{portfolio}」");
        return new BenchOptions(sizes, Math.Max(1, repeat), reports, output, work, seed, Path.GetFullPath(portfolio), postgres,
            Math.Max(1, schools), Math.Max(0, copies), pullOnly);
    }

    private static readonly string[] BuiltPortfolio =
    [
        Path.Combine("dashboard", "bin", "Release", "net10.0", "linux-x64", "portfolio"),
        Path.Combine("dashboard", "bin", "Debug", "net10.0", "linux-x64", "portfolio"),
    ];
}
