using System.Buffers;
using System.Collections;
using Microsoft.Win32.SafeHandles;
using Scanner.Core.Collection;

namespace Scanner.Core.Findings;

/// <summary>
/// A scan's findings, in the order they were added. They stay in memory up to a budget; past it, all of them move to
/// an unnamed temporary file (removed from the folder as soon as it is created, so nothing is left behind even when the
/// process is killed) and are read back one at a time whenever the list is enumerated or indexed. A million findings
/// then cost a few megabytes of memory instead of several hundred. Enumerating or indexing from several threads at
/// once is safe. Disposing closes the file (its space on disk is freed then, or when the store is collected); the
/// findings cannot be read after that.
/// </summary>
public sealed class FindingStore : IReadOnlyList<Finding>, IDisposable
{
    /// <summary>Memory the findings may take before they move to a temporary file: 8 MiB (estimated).</summary>
    public const long DefaultMemoryBudget = 8L * 1024 * 1024;

    /// <summary>Every this many findings in the file, the offset of one is kept, so indexing reads at most this many records.</summary>
    private const int CheckpointEvery = 64;

    private readonly List<Finding>? _memory;
    private readonly SpillFile? _file;
    private readonly long[] _checkpoints;

    private FindingStore(List<Finding>? memory, SpillFile? file, long[] checkpoints, int count, bool inFindingOrder)
    {
        _memory = memory;
        _file = file;
        _checkpoints = checkpoints;
        Count = count;
        InFindingOrder = inFindingOrder;
    }

    /// <summary>No findings.</summary>
    public static FindingStore Empty { get; } = new([], null, [], 0, inFindingOrder: true);

    public int Count { get; }

    /// <summary>True when each finding was added after every one <see cref="FindingOrder"/> puts before it: the store is in that order.</summary>
    public bool InFindingOrder { get; }

    /// <summary>True when the findings are in a temporary file rather than in memory.</summary>
    public bool IsOnDisk => _file is not null;

    public Finding this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            if (_memory is not null) return _memory[index];
            var reader = new RecordReader(_file!, _checkpoints[index / CheckpointEvery], 1024);
            for (var skip = index % CheckpointEvery; skip > 0; skip--) reader.Skip();
            return reader.Read();
        }
    }

    public IEnumerator<Finding> GetEnumerator()
    {
        if (_memory is not null)
        {
            foreach (var f in _memory) yield return f;
            yield break;
        }
        var reader = new RecordReader(_file!, 0, 64 * 1024);
        for (var i = 0; i < Count; i++) yield return reader.Read();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Closes the temporary file, if there is one; a store in memory is left as it is.</summary>
    public void Dispose() => _file?.Dispose();

    /// <summary>The findings as they come, in memory or in <paramref name="temporaryFolder"/> (the system's temporary folder when null).</summary>
    public static FindingStore From(IEnumerable<Finding> findings, long memoryBudget = DefaultMemoryBudget, string? temporaryFolder = null)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var builder = new Builder(memoryBudget, temporaryFolder);
        foreach (var f in findings) builder.Add(f);
        return builder.Complete();
    }

    /// <summary>A rough size of one finding in memory: the objects, the fingerprint, and its text as UTF-16.</summary>
    internal static long EstimatedBytes(Finding f)
    {
        long chars = f.Message.Length;
        foreach (var e in f.Evidence) chars += e.Path.Length + e.Value.Length;
        return 400 + 2 * chars;
    }

    /// <summary>Collects findings one at a time; <see cref="Complete"/> gives the store.</summary>
    public sealed class Builder(long memoryBudget = DefaultMemoryBudget, string? temporaryFolder = null)
    {
        private const int WriteChunk = 256 * 1024;

        private List<Finding>? _memory = [];
        private long _estimated;
        private SpillFile? _file;
        private ArrayBufferWriter<byte>? _pending;
        private ArrayBufferWriter<byte>? _record;
        private readonly List<long> _checkpoints = [];
        private int _count;
        private Finding? _last;
        private bool _inOrder = true;
        private bool _completed;

        public int Count => _count;

        public void Add(Finding finding)
        {
            ArgumentNullException.ThrowIfNull(finding);
            if (_completed) throw new InvalidOperationException("The store is complete.");
            if (_inOrder && _last is not null && FindingOrder.Compare(_last, finding) > 0) _inOrder = false;
            _last = finding;
            if (_memory is not null)
            {
                _memory.Add(finding);
                _count++;
                _estimated += EstimatedBytes(finding);
                if (_estimated > memoryBudget) MoveToFile();
                return;
            }
            Append(finding);
        }

        public FindingStore Complete()
        {
            if (_completed) throw new InvalidOperationException("The store is complete.");
            _completed = true;
            _last = null;
            if (_memory is not null) return _count == 0 ? Empty : new FindingStore(_memory, null, [], _count, _inOrder);
            Flush();
            return new FindingStore(null, _file, [.. _checkpoints], _count, _inOrder);
        }

        private void MoveToFile()
        {
            var kept = _memory!;
            _memory = null;
            _file = SpillFile.Create(temporaryFolder ?? Path.GetTempPath());
            _pending = new ArrayBufferWriter<byte>(WriteChunk + 4096);
            _record = new ArrayBufferWriter<byte>(1024);
            _count = 0;
            foreach (var f in kept) Append(f);
        }

        private void Append(Finding f)
        {
            var pending = _pending!;
            var record = _record!;
            if (_count % CheckpointEvery == 0) _checkpoints.Add(_file!.Length + pending.WrittenCount);
            record.ResetWrittenCount();
            FindingCodec.Write(record, f);
            RecordLength.Write(pending.GetSpan(RecordLength.Size), record.WrittenCount);
            pending.Advance(RecordLength.Size);
            pending.Write(record.WrittenSpan);
            _count++;
            if (pending.WrittenCount >= WriteChunk) Flush();
        }

        private void Flush()
        {
            _file!.Append(_pending!.WrittenSpan);
            _pending.ResetWrittenCount();
        }
    }

    /// <summary>The temporary file: created only for this process, unlinked at once where the system allows it.</summary>
    private sealed class SpillFile : IDisposable
    {
        private readonly FileStream _stream;
        private readonly string _folder;

        private SpillFile(FileStream stream, string folder)
        {
            _stream = stream;
            _folder = folder;
        }

        public SafeFileHandle Handle => _stream.SafeFileHandle;

        public void Dispose() => _stream.Dispose();

        public long Length { get; private set; }

        public static SpillFile Create(string folder)
        {
            var path = Path.Combine(folder, $"latticescan-findings-{Guid.NewGuid():N}.tmp");
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.ReadWrite,
                Share = FileShare.None,
                BufferSize = 0,
                Options = OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None,
            };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            try
            {
                var stream = new FileStream(path, options);
                if (!OperatingSystem.IsWindows()) File.Delete(path);
                return new SpillFile(stream, folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Failure(folder, e);
            }
        }

        public void Append(ReadOnlySpan<byte> bytes)
        {
            try
            {
                RandomAccess.Write(Handle, bytes, Length);
                Length += bytes.Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Failure(_folder, e);
            }
        }

        public int Read(Span<byte> buffer, long offset)
        {
            try
            {
                return RandomAccess.Read(Handle, buffer, offset);
            }
            catch (IOException e)
            {
                throw Failure(_folder, e);
            }
        }

        private static InputException Failure(string folder, Exception e) =>
            new(folder, $"cannot keep the findings in a temporary file in this folder: {e.Message} (set TMPDIR to a writable folder with space)", inner: e);
    }

    /// <summary>Reads records one after another from an offset, through a buffer that grows to the largest record.</summary>
    private sealed class RecordReader(SpillFile file, long offset, int bufferSize)
    {
        private byte[] _buffer = new byte[bufferSize];
        private long _bufferOffset = offset;
        private int _start;
        private int _end;

        public Finding Read()
        {
            var length = RecordLength.Read(Ensure(RecordLength.Size));
            _start += RecordLength.Size;
            var finding = FindingCodec.Read(Ensure(length));
            _start += length;
            return finding;
        }

        public void Skip()
        {
            var length = RecordLength.Read(Ensure(RecordLength.Size));
            _start += RecordLength.Size;
            Ensure(length);
            _start += length;
        }

        private ReadOnlySpan<byte> Ensure(int count)
        {
            if (_end - _start < count)
            {
                var kept = _end - _start;
                if (_buffer.Length < count) Array.Resize(ref _buffer, Math.Max(count, _buffer.Length * 2));
                Array.Copy(_buffer, _start, _buffer, 0, kept);
                _bufferOffset += _start;
                _start = 0;
                _end = kept;
                while (_end < count)
                {
                    var read = file.Read(_buffer.AsSpan(_end), _bufferOffset + _end);
                    if (read == 0) throw new InvalidDataException("The findings' temporary file ended early.");
                    _end += read;
                }
            }
            return _buffer.AsSpan(_start, count);
        }
    }
}
