using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PortfolioAnalytics.Reports.FollowUp;
using PortfolioAnalytics.Reports.Views;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Reports.Documents;

/// <summary>
/// The numbers behind the self-check and the award pack as JSON (<c>portfolio report … --format json</c>): the very
/// rows the documents print, so a test (or a working group) can check them against every other surface.
/// </summary>
internal static class ReportJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// <c>{ school_code, semester, as_of, rows: [ { phase_id, phase_title, population, complete, late, missing, exempt,
    /// done } ] }</c>: the semester's phases as the report reads them (the same as <c>completion --by phase</c>);
    /// <c>done</c> is true only when nothing is missing.
    /// </summary>
    public static byte[] SelfCheck(IMetrics data, ReportQuery query) => Write(query, data.School.Code, json =>
    {
        json.WriteStartArray("rows");
        foreach (var row in data.Completion(new CompletionQuery(query.Semester, query.AsOf, Breakdown.Phase)))
        {
            json.WriteStartObject();
            json.WriteString("phase_id", row.PhaseId);
            json.WriteString("phase_title", row.PhaseTitle);
            Counts(json, row.Counts);
            json.WriteBoolean("done", row.Counts.Population > 0 && row.Counts.NothingMissing);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    /// <summary>
    /// <c>{ school_code, semester, as_of, rows: [ { role, rank, staff_no, name, phase_id, population, complete, late,
    /// missing, exempt, verdict, threshold } ] }</c>: one row per person and phase the verdict was judged on.
    /// </summary>
    public static byte[] Awards(AwardsModel model, ReportQuery query) => Write(query, null, json =>
    {
        json.WriteStartArray("rows");
        foreach (var c in model.Candidates)
        foreach (var phase in c.Phases)
        {
            json.WriteStartObject();
            json.WriteString("role", c.RoleKey);
            json.WriteNumber("rank", c.Rank);
            json.WriteString("staff_no", c.StaffNo);
            json.WriteString("name", c.Name);
            json.WriteString("phase_id", phase.PhaseId);
            Counts(json, phase.Counts);
            json.WriteString("verdict", c.Award);
            if (c.Threshold is { } t) json.WriteNumber("threshold", t);
            else json.WriteNull("threshold");
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    private static void Counts(Utf8JsonWriter json, CompletionCounts counts)
    {
        json.WriteNumber("population", counts.Population);
        json.WriteNumber("complete", counts.Complete);
        json.WriteNumber("late", counts.Late);
        json.WriteNumber("missing", counts.Missing);
        json.WriteNumber("exempt", counts.Exempt);
    }

    private static byte[] Write(ReportQuery query, string? school, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            if (school is not null) json.WriteString("school_code", school);
            json.WriteString("semester", query.Semester.ToString());
            json.WriteString("as_of", query.AsOf.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            body(json);
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
