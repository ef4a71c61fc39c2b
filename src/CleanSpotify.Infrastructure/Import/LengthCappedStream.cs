using CleanSpotify.Application.Listening.ImportDataExport;

namespace CleanSpotify.Infrastructure.Import;

/// <summary>
/// Reads a zip entry no further than the size its header declares (which the caps were checked against), so an entry
/// that unpacks to more than it claims stops with an error instead of filling memory or disk.
/// </summary>
internal sealed class LengthCappedStream(Stream inner, long cap, string displayName) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        _read += read;
        return _read > cap
            ? throw new DataExportFileException(displayName, null, $"{displayName} unpacks to more than its zip entry declares, so it was not read.")
            : read;
    }
}
