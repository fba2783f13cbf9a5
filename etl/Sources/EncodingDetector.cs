using System.Text;

namespace PortfolioAnalytics.Etl.Sources;

/// <summary>
/// Tells UTF-8 (with or without BOM) from Big5/CP950 by the bytes: a sample that decodes as strict UTF-8 is UTF-8,
/// else one that decodes as strict CP950 is Big5. The returned encodings throw on an invalid byte, so a file that
/// changes encoding halfway stops with the line where it happens.
/// </summary>
public static class EncodingDetector
{
    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(false, true);

    public static Encoding StrictBig5 =>
        Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>Null name with a zh-TW problem when neither fits.</summary>
    public static (Encoding? Encoding, string Name, int Preamble, string? Problem) Detect(ReadOnlySpan<byte> sample, bool wholeFile)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (StrictUtf8, "utf-8-bom", 3, null);
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (null, "", 0, "檔案是 UTF-16 編碼，請另存為 UTF-8 或 Big5 的 CSV");
        if (Decodes(StrictUtf8, sample, wholeFile)) return (StrictUtf8, "utf-8", 0, null);
        if (Decodes(StrictBig5, sample, wholeFile)) return (StrictBig5, "big5", 0, null);
        return (null, "", 0, "無法辨識檔案編碼（不是 UTF-8，也不是 Big5），請另存為 UTF-8 的 CSV");
    }

    private static bool Decodes(Encoding encoding, ReadOnlySpan<byte> bytes, bool flush)
    {
        try
        {
            encoding.GetDecoder().GetCharCount(bytes, flush);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
