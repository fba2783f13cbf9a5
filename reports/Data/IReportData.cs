using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Reports.Data;

/// <summary>Everything the documents read: the metrics' answers plus a few names the metrics do not carry.</summary>
internal interface IReportData
{
    SchoolConfig School { get; }
    IReadOnlyList<Phase> Phases(Semester semester);
    IReadOnlyList<CompletionRow> Completion(CompletionQuery query);
    IReadOnlyList<StudentRiskRow> Risk(CompletionQuery query);
    IReadOnlyList<TeacherCertificationRow> TeacherCertifications(Semester semester, DateTime asOf);
    IReadOnlyList<Attestation> Attestations(Semester semester);
    IReadOnlyList<ChecklistLine> Checklist(Semester semester);
    IReadOnlyList<CounselorRow> Counselors(Semester semester, DateTime deadline, DateTime asOf);
    /// <summary>student_no → 家長/監護人 name, for the parent letters.</summary>
    IReadOnlyDictionary<string, string> GuardianNames(IReadOnlyCollection<string> studentNos);
    /// <summary>The semester's classes with grade and 導師.</summary>
    IReadOnlyList<ClassRow> Classes(Semester semester);
    /// <summary>The names of the staff of a 處室/組 (組長/主任 first).</summary>
    IReadOnlyList<string> UnitStaff(string unit);
}
