namespace PortfolioAnalytics.Reports.Views;

/// <summary>Lagging students per class, for 輔導中心 and 導師.</summary>
public sealed record FollowUpModel(DocumentHeader Header, IReadOnlyList<FollowUpClass> Classes);

public sealed record FollowUpClass(string ClassCode, string Tutor, IReadOnlyList<FollowUpLine> Lines)
{
    /// <summary>The class's phases that have started: title and the metrics' counts (both rates are read from them).</summary>
    public IReadOnlyList<(string Phase, Warehouse.Metrics.CompletionCounts Counts)> Rates { get; init; } = [];
}

/// <summary>One lagging phase of one student (national ID masked).</summary>
public sealed record FollowUpLine(
    string StudentNo,
    string StudentName,
    int? SeatNo,
    string MaskedNationalId,
    string Missing,
    string Phase,
    string Deadline,
    string Status,
    string Tutor,
    string Risk);

/// <summary>Parent letters: one page per student.</summary>
public sealed record LettersModel(DocumentHeader Header, IReadOnlyList<ParentLetter> Letters);

/// <summary>A letter as blocks of text; a block with Items is the list of what is missing.</summary>
public sealed record ParentLetter(string StudentNo, string ClassCode, IReadOnlyList<LetterBlock> Blocks);

public sealed record LetterBlock(string Text, IReadOnlyList<string>? Items = null, bool AlignRight = false, bool Heading = false);
