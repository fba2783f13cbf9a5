using System.Globalization;
namespace PortfolioAnalytics.Bench;

/// <summary>
/// What to measure: school sizes (students), how many times each timed step repeats (the median is kept), whether
/// documents are printed, where the JSON result goes, and whether to time pulls from PostgreSQL too (--postgres).
/// </summary>
internal sealed record BenchOptions(IReadOnlyList<int> Sizes, int Repeat, bool Reports, string Output, string WorkDir, int Seed, bool Postgres = false)
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
                default: throw new ArgumentException($"不認得的選項 {args[i]}；可用：--students 1200,3000 --repeat 3 --no-reports --out FILE --work DIR --seed 111 --postgres");
            }
        }
        return new BenchOptions(sizes, Math.Max(1, repeat), reports, output, work, seed, postgres);
    }
}
