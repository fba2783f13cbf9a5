using System.Diagnostics;

namespace PortfolioAnalytics.Reports.Tests.Support;

/// <summary>Reads generated PDFs back with poppler: text (pdftotext -layout), page count, page 1 as PNG.</summary>
internal static class Pdf
{
    public static string Text(byte[] pdf)
    {
        var file = Temp(pdf);
        try { return Run("pdftotext", "-layout", "-enc", "UTF-8", file, "-"); }
        finally { File.Delete(file); }
    }

    public static int Pages(byte[] pdf)
    {
        var file = Temp(pdf);
        try
        {
            var info = Run("pdfinfo", file);
            var line = info.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
            return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally { File.Delete(file); }
    }

    /// <summary>Renders page 1 to <paramref name="pngPath"/> (without extension added by pdftoppm) for a human to look at.</summary>
    public static string FirstPagePng(byte[] pdf, string pngPathWithoutExtension, int page = 1)
    {
        var file = Temp(pdf);
        try
        {
            Run("pdftoppm", "-png", "-r", "70", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-singlefile", file, pngPathWithoutExtension);
            return pngPathWithoutExtension + ".png";
        }
        finally { File.Delete(file); }
    }

    /// <summary>The text from the line containing <paramref name="start"/> up to (not including) the line containing any of <paramref name="stops"/>.</summary>
    public static string Block(string text, string start, params string[] stops)
    {
        var lines = text.Split('\n');
        var from = Array.FindIndex(lines, l => l.Contains(start, StringComparison.Ordinal));
        if (from < 0) throw new Xunit.Sdk.XunitException($"「{start}」not found in PDF text:\n{text}");
        var to = from + 1;
        while (to < lines.Length && !stops.Any(s => lines[to].Contains(s, StringComparison.Ordinal))) to++;
        return string.Join("\n", lines[from..to]);
    }

    private static string Temp(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"report-test-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        return file;
    }

    private static string Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var output = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{program} failed: {error}");
        return output;
    }
}
