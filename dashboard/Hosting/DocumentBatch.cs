using PortfolioAnalytics.Reports.Documents;

namespace PortfolioAnalytics.Dashboard.Hosting;

public enum DocumentState { Waiting, Writing, Done, Failed }

/// <summary>One file of a <see cref="DocumentBatch"/>: its path under the batch's folder and how far it got.</summary>
public sealed record DocumentFile(string RelativePath, DocumentState State, TimeSpan? Took = null);

/// <summary>
/// Documents the host writes in the background once it serves (the demo's full set for each semester), and how far
/// it got: the Reports page lists them as they finish, the console says so line by line.
/// </summary>
public sealed class DocumentBatch
{
    private readonly DocumentFile[] _files;
    private volatile string? _error;

    public DocumentBatch(string root, IReadOnlyList<(string Folder, ReportRequest Request)> parts)
    {
        Root = Path.GetFullPath(root);
        Parts = parts.Select(p => (Path.GetFullPath(p.Folder), p.Request)).ToList();
        _files = Parts.SelectMany(p => ReportGenerator.DocumentSet.Select(d =>
                new DocumentFile(Relative(Path.Combine(p.Folder, ReportGenerator.FileName(d.Kind, p.Request.Semester, d.Format))), DocumentState.Waiting)))
            .ToArray();
    }

    /// <summary>The school the documents are about; null = the warehouse's first (its only one in the demo).</summary>
    public string? SchoolCode { get; init; }

    /// <summary>The folder the files' relative paths start from (the demo's data folder).</summary>
    public string Root { get; }

    /// <summary>Folders (full paths) and what to write into each.</summary>
    public IReadOnlyList<(string Folder, ReportRequest Request)> Parts { get; }

    /// <summary>A snapshot of every file's state, in writing order.</summary>
    public IReadOnlyList<DocumentFile> Files => (DocumentFile[])_files.Clone();

    public int DoneCount => Files.Count(f => f.State == DocumentState.Done);

    /// <summary>Every file written, or writing stopped (<see cref="Error"/>).</summary>
    public bool Finished => _error is not null || Files.All(f => f.State is DocumentState.Done or DocumentState.Failed);

    /// <summary>Why writing stopped (zh-TW), or null.</summary>
    public string? Error => _error;

    /// <summary>The file's full path when it is a finished file of this batch (never any other path).</summary>
    public string? FullPathOf(string relativePath) =>
        Files.FirstOrDefault(f => f.RelativePath == relativePath && f.State == DocumentState.Done) is { } file
            ? Path.Combine(Root, file.RelativePath)
            : null;

    internal string Relative(string path) => Path.GetRelativePath(Root, Path.GetFullPath(path)).Replace('\\', '/');

    internal void Set(string path, DocumentState state, TimeSpan? took = null)
    {
        var relative = Relative(path);
        var i = Array.FindIndex(_files, f => f.RelativePath == relative);
        if (i >= 0) Volatile.Write(ref _files[i], _files[i] with { State = state, Took = took });
    }

    internal void Fail(string message)
    {
        _error = message;
        for (var i = 0; i < _files.Length; i++)
            if (_files[i].State is DocumentState.Waiting or DocumentState.Writing)
                Volatile.Write(ref _files[i], _files[i] with { State = DocumentState.Failed });
    }
}
