using System.Buffers;
using System.Text;

namespace PortfolioAnalytics.Dashboard.Commands;

/// <summary>
/// Large command output written as it is made, in pieces of about 64 KB: the whole text at once costs its size in memory
/// (and a copy or two), while Console.Out writes through on every call, so a call per row costs a system call per row.
/// JSON goes through <see cref="Bytes"/> (a Utf8JsonWriter's buffer); text through <see cref="Text"/>.
/// </summary>
internal sealed class ChunkedText(TextWriter output) : IDisposable
{
    private const int Piece = 64 * 1024;
    private readonly ArrayBufferWriter<byte> _bytes = new(Piece * 2);
    private readonly StringBuilder _text = new(Piece * 2);

    public IBufferWriter<byte> Bytes => _bytes;

    public StringBuilder Text => _text;

    /// <summary>Passes what is pending on once a piece is full; <paramref name="force"/> passes it all on.</summary>
    public void Flush(bool force = false)
    {
        if (_bytes.WrittenCount >= Piece || (force && _bytes.WrittenCount > 0))
        {
            // Utf8JsonWriter flushes whole tokens, so a piece never ends inside a character.
            var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(_bytes.WrittenCount));
            var n = Encoding.UTF8.GetChars(_bytes.WrittenSpan, chars);
            output.Write(chars, 0, n);
            ArrayPool<char>.Shared.Return(chars);
            _bytes.ResetWrittenCount();
        }
        if (_text.Length >= Piece || (force && _text.Length > 0))
        {
            output.Write(_text);
            _text.Clear();
        }
    }

    public void Dispose() => Flush(force: true);
}
