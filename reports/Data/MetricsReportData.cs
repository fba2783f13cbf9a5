using System.Reflection;
using DuckDB.NET.Data;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schedules;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Reports.Data;

/// <summary>The documents' data from the real metrics and warehouse.</summary>
internal sealed class MetricsReportData(CompletionMetrics metrics) : IReportData
{
    private static readonly Assembly Here = typeof(MetricsReportData).Assembly;

    public SchoolConfig School => metrics.School;

    public IReadOnlyList<Phase> Phases(Semester semester) => metrics.Phases(semester);

    public IReadOnlyList<CompletionRow> Completion(CompletionQuery query) => metrics.Completion(query);

    public IReadOnlyList<StudentRiskRow> Risk(CompletionQuery query) => metrics.Risk(query);

    public IReadOnlyList<TeacherCertificationRow> TeacherCertifications(Semester semester, DateTime asOf) =>
        metrics.TeacherCertifications(semester, asOf);

    public IReadOnlyList<Attestation> Attestations(Semester semester) => metrics.Attestations(semester);

    public IReadOnlyList<ChecklistLine> Checklist(Semester semester) => ChecklistAdapter.From(School, semester);

    public IReadOnlyList<CounselorRow> Counselors(Semester semester, DateTime deadline, DateTime asOf)
    {
        using var connection = metrics.Db.Connect();
        using var cmd = Command(connection, "Data/Sql/counselors.sql",
            ("school", School.Code), ("semester", semester.ToString()), ("deadline", deadline), ("as_of", asOf));
        using var reader = cmd.ExecuteReader();
        var rows = new List<CounselorRow>();
        while (reader.Read())
            rows.Add(new CounselorRow(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4)));
        return rows;
    }

    public IReadOnlyDictionary<string, string> GuardianNames(IReadOnlyCollection<string> studentNos)
    {
        var wanted = studentNos.ToHashSet(StringComparer.Ordinal);
        using var connection = metrics.Db.Connect();
        using var cmd = Command(connection, "Data/Sql/guardians.sql", ("school", School.Code));
        using var reader = cmd.ExecuteReader();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
            if (wanted.Contains(reader.GetString(0))) names[reader.GetString(0)] = reader.GetString(1);
        return names;
    }

    public IReadOnlyList<ClassRow> Classes(Semester semester)
    {
        using var connection = metrics.Db.Connect();
        using var cmd = Command(connection, "Data/Sql/classes.sql", ("school", School.Code), ("semester", semester.ToString()));
        using var reader = cmd.ExecuteReader();
        var rows = new List<ClassRow>();
        while (reader.Read())
            rows.Add(new ClassRow(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return rows;
    }

    public IReadOnlyList<string> UnitStaff(string unit)
    {
        using var connection = metrics.Db.Connect();
        using var cmd = Command(connection, "Data/Sql/unit_staff.sql", ("school", School.Code), ("unit", unit));
        using var reader = cmd.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private static DuckDBCommand Command(DuckDBConnection connection, string sqlPath, params (string Name, object? Value)[] parameters) =>
        WarehouseCommand.Create(connection, SqlResource.Load(Here, sqlPath), parameters);
}
