namespace PortfolioAnalytics.Etl.Sources;

/// <summary>
/// An export folder is a closed world: every file the manifest names is a plain name in the folder itself — no
/// directory part, no <c>..</c>, no absolute path, no symbolic link resolving outside, no invisible characters
/// (a BOM or a control character in a name hides which file is meant).
/// </summary>
public static class ExportFolder
{
    /// <summary>Null when <paramref name="file"/> is a plain file name resolving inside the folder, else the zh-TW problem.</summary>
    public static string? Problem(string exportDir, string file)
    {
        if (file.Length == 0) return "檔名空白";
        var hidden = file.FirstOrDefault(IsInvisible);
        if (hidden != default) return $"檔名含有看不見的字元 U+{(int)hidden:X4}（例如 BOM 或控制字元），無法確定指的是哪個檔案";
        if (Path.IsPathRooted(file) || file.Contains('/') || file.Contains('\\') || file is "." or "..")
            return "不是匯出資料夾內的檔名（含有路徑、「..」或絕對路徑）";
        try
        {
            var root = RealPath(Path.GetFullPath(exportDir));
            var path = Path.Combine(root, file);
            if (!File.Exists(path) && !Directory.Exists(path) && new FileInfo(path).LinkTarget is null) return null;
            return Path.GetDirectoryName(RealPath(path)) == root ? null : "是指向匯出資料夾以外的符號連結";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "是無法解析的符號連結（可能循環指向自己，或無權讀取其目標）";
        }
    }

    private static bool IsInvisible(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format;

    /// <summary>The path with every symbolic link along it resolved.</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        var resolvedParent = parent is null ? null : RealPath(parent);
        var here = resolvedParent is null ? full : Path.Combine(resolvedParent, Path.GetFileName(full));
        FileSystemInfo info = Directory.Exists(here) ? new DirectoryInfo(here) : new FileInfo(here);
        if (info.LinkTarget is null) return here;
        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? here : RealPath(target.FullName);
    }
}
