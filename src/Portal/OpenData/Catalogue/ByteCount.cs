using System.Collections.Concurrent;
using Portal.Output;

namespace Portal.OpenData.Catalogue;

/// <summary>
/// The sizes of the files the catalogue describes, counted as they are written into the output: each file is written
/// once, never held whole, and the catalogue that gives their sizes is made when all are written.
/// </summary>
public sealed class ByteCount
{
    private readonly ConcurrentDictionary<string, long> _sizes = new(StringComparer.Ordinal);

    /// <summary>The file, as one whose size is taken when it is written.</summary>
    public OutputFile Counted(OutputFile file)
    {
        if (file.Content is { } content)
        {
            _sizes[file.Path] = content.LongLength;
            return file;
        }

        return OutputFile.Written(file.Path, stream =>
        {
            using var counter = new CountingStream(stream);
            file.WriteTo(counter);
            _sizes[file.Path] = counter.Length;
        });
    }

    /// <summary>The size of a file <see cref="Counted"/> has given, once it is written.</summary>
    public long Of(string path) => _sizes[path];

    /// <summary>Passes what is written on to <paramref name="inner"/>, and counts it.</summary>
    private sealed class CountingStream(Stream inner) : Stream
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

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            _length += buffer.Length;
        }

        public override void WriteByte(byte value)
        {
            inner.WriteByte(value);
            _length++;
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
