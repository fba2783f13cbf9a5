namespace PortfolioAnalytics.Warehouse.Metrics;

/// <summary>A manually attested checklist item or unit task (a training held): who attested it and when.</summary>
public sealed record Attestation(
    string PhaseId,
    DateOnly DoneOn,
    string Note,
    int? AttendanceCount,
    string? EvidenceUrl,
    string AttestedBy,
    DateTime AttestedAt);

/// <summary>A 免除 recorded by a person: the student leaves the phase's population (PhaseId null = every phase).</summary>
public sealed record Exemption(string StudentNo, string? PhaseId, string Reason, string RecordedBy, DateTime RecordedAt);
