using Portal.Output;

namespace Portal.OpenData.Catalogue;

/// <summary>
/// How many bytes a generated file has, found by running its writer into a stream that only counts: the file is
/// written into the output in parallel with the catalogue that gives its size, and the writers are deterministic, so
/// the count is the size of the file as written, without holding its bytes.
/// </summary>
public static class ByteCount
{
    public static long Of(OutputFile file)
    {
        if (file.Content is { } content)
        {
            return content.LongLength;
        }

        using var counter = new CountingStream();
        file.WriteTo(counter);
        return counter.Length;
    }

    /// <summary>A stream that keeps nothing of what is written to it but how much.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override void WriteByte(byte value) => _length++;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
