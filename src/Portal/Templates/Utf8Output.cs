using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace Portal.Templates;

/// <summary>
/// A Scriban output that encodes what a template writes straight into UTF-8, so a page's HTML is never a whole string
/// before it is bytes. Reused page after page by one context; <see cref="TakeBytes"/> empties it.
/// </summary>
internal sealed class Utf8Output : IScriptOutput
{
    private readonly ArrayBufferWriter<byte> _bytes = new(64 * 1024);

    // Keeps a surrogate pair's first half when one write ends between the two, as a whole-string encoding would not split them.
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();

    /// <summary>Whether the encoder may hold the first half of a surrogate pair from the last write it encoded.</summary>
    private bool _encoderMayHold;

    public void Write(string text, int offset, int count)
    {
        if (count == 0)
        {
            return;
        }

        var chars = text.AsSpan(offset, count);
        var bytes = _bytes.GetSpan(Encoding.UTF8.GetMaxByteCount(count));

        // Most of a page is ASCII, which is its own UTF-8: narrowed as it is, without the encoder's work per call.
        var ascii = 0;
        if (!_encoderMayHold)
        {
            Ascii.FromUtf16(chars, bytes, out ascii);
            _bytes.Advance(ascii);
            if (ascii == count)
            {
                return;
            }
        }

        _bytes.Advance(_encoder.GetBytes(chars[ascii..], bytes[ascii..], flush: false));
        _encoderMayHold = char.IsHighSurrogate(chars[^1]);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Everything written since the last call, as bytes; the output is empty after it.</summary>
    public byte[] TakeBytes()
    {
        _bytes.Advance(_encoder.GetBytes([], _bytes.GetSpan(8), flush: true));
        _encoderMayHold = false;
        var bytes = _bytes.WrittenSpan.ToArray();
        _bytes.ResetWrittenCount();
        return bytes;
    }

    /// <summary>Empty: Scriban asks its output for a string after every render, and this one's text is taken as bytes.</summary>
    public override string ToString() => string.Empty;
}
