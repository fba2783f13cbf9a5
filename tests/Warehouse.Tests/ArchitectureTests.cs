using System.Text.RegularExpressions;

namespace PortfolioAnalytics.Warehouse.Tests;

/// <summary>
/// One truth: only warehouse/ (and etl/, which loads them) reads the tables that hold students' activity and the
/// metrics' own state. Pages, documents, commands and jobs ask the metrics facade; a query of theirs over those
/// tables would be a second definition of a rule.
/// </summary>
public sealed partial class ArchitectureTests
{
    // Dimension and fact tables from 0001_core.sql (school onward) and the metrics' tables.
    private static readonly string[] StudentActivityTables =
    [
        "school", "term", "staff", "school_class", "student", "class_assignment", "enrolment_change", "student_enrolment",
        "course", "course_record", "course_artifact", "certification", "achievement", "cadre_role", "counseling_record",
        "selection", "submission", "receipt", "deputy", "metric_exemption", "metric_attestation", "metric_snapshot",
    ];

    [GeneratedRegex(@"\b(?:FROM|JOIN|INTO|UPDATE|DELETE\s+FROM)\s+([a-z_][a-z0-9_]*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TableReference();

    [Fact]
    public void No_project_but_the_warehouse_and_the_loader_reads_student_activity_tables()
    {
        var root = RepositoryRoot();
        var offenders = new List<string>();
        foreach (var project in new[] { "dashboard", "reports", "bench" })
        {
            var files = Directory.EnumerateFiles(Path.Combine(root, project), "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".sql", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)
                            || f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                            && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
            foreach (var file in files)
            {
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                    foreach (Match m in TableReference().Matches(lines[i]))
                        if (StudentActivityTables.Contains(m.Groups[1].Value.ToLowerInvariant()) && LooksLikeSql(file, lines[i]))
                            offenders.Add($"{Path.GetRelativePath(root, file)}:{i + 1}: {lines[i].Trim()}");
            }
        }
        offenders.Should().BeEmpty("only warehouse/Metrics states rules over student activity; ask it through IMetrics");
    }

    // In C# only string literals can hold SQL; prose in comments ("… from student …") is not a query.
    private static bool LooksLikeSql(string file, string line) =>
        file.EndsWith(".sql", StringComparison.Ordinal) || (line.Contains('"') && !line.TrimStart().StartsWith("//", StringComparison.Ordinal));

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PortfolioAnalytics.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("PortfolioAnalytics.sln not found above the test binaries");
    }
}
