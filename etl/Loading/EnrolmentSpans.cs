using DuckDB.NET.Data;
using PortfolioAnalytics.Etl.Sources;

namespace PortfolioAnalytics.Etl.Loading;

/// <summary>
/// Rebuilds student_enrolment (enrolment_spans.sql) after a load's merges, only as far as they reach: not at all when
/// no 班級, 學籍異動 or 編班 row changed; for the students whose 學籍異動 or 編班 rows were inserted or changed when
/// only such rows did; for the whole school when a 班級 changed (its grade is in every span) or rows were deleted.
/// </summary>
internal sealed class EnrolmentSpans(DuckDBConnection c)
{
    private static readonly HashSet<string> PerStudent = ["status_changes", "class_assignments"];
    private bool _whole, _some;

    /// <summary>Right after <paramref name="kind"/>'s merge, while its pairing (merge_src) is still there.</summary>
    public void Merged(KindSpec kind, MergeCounts counts)
    {
        if (counts.Changed == 0 || _whole) return;
        if (kind.Kind == "classes" || (PerStudent.Contains(kind.Kind) && counts.Deleted > 0)) _whole = true;
        else if (PerStudent.Contains(kind.Kind))
        {
            if (!_some) SqlText.Execute(c, "CREATE OR REPLACE TEMP TABLE span_student (student_no VARCHAR)");
            SqlText.Execute(c, SqlText.Load("Loading/Sql/span_students.sql"));
            _some = true;
        }
    }

    public void Rebuild(LoadProgress progress)
    {
        if (!_whole && !_some) return;
        progress.Step("重建學籍與編班的有效期間…");
        SqlText.Execute(c, SqlText.Load("Loading/Sql/enrolment_spans.sql", new Dictionary<string, string>
        {
            ["only"] = _whole ? "" : "AND student_no IN (SELECT student_no FROM span_student)",
        }));
    }
}
