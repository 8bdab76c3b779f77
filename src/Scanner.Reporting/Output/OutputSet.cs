using Scanner.Core.Collection;
using Scanner.Core.Files;

namespace Scanner.Reporting.Output;

/// <summary>
/// Every output of one command, written all or nothing. Targets are claimed before any work starts, so a bad path
/// fails at once: a missing folder, a folder, a device or FIFO (never replaced; standard output is written to only
/// when named <c>-</c> or <c>/dev/stdout</c>), an input of the same run, or two outputs to one file. On
/// <see cref="Commit"/> each file is written to a temporary file beside its target; only when all are complete
/// (and the run was not cancelled) are they renamed in. Any failure deletes the temporary files, leaves every
/// target as it was, and is one <see cref="InputException"/> (exit code 2). Standard output is streamed after the
/// files are complete and before they are renamed in.
/// </summary>
public sealed class OutputSet
{
    private static readonly string[] StandardOutputNames = ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"];

    private readonly List<OutputTarget> _targets = [];
    private readonly Dictionary<string, string> _inputs = new(StringComparer.Ordinal);
    private readonly Func<Stream> _openStandardOutput;

    /// <param name="inputs">Files the run reads; an output may not be one of them.</param>
    /// <param name="openStandardOutput">Standard output (tests give a stream of their own).</param>
    public OutputSet(IEnumerable<string> inputs, Func<Stream>? openStandardOutput = null)
    {
        foreach (var input in inputs)
            if (FileProbe.RealPath(input) is { } real) _inputs.TryAdd(real, input);
        _openStandardOutput = openStandardOutput ?? Console.OpenStandardOutput;
    }

    public IReadOnlyList<OutputTarget> Targets => _targets;

    public bool WritesStandardOutput => _targets.Any(t => t.IsStandardOutput);

    /// <summary>Standard output, claimed by a flag such as <c>--format json</c>.</summary>
    public OutputTarget ClaimStandardOutput(string option) => Claim(option, "-");

    /// <summary>Checks <paramref name="path"/> and reserves it for <paramref name="option"/>.</summary>
    public OutputTarget Claim(string option, string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new InputException(option, "the output path is empty");
        if (StandardOutputNames.Contains(path, StringComparer.Ordinal))
        {
            if (_targets.FirstOrDefault(t => t.IsStandardOutput) is { } other)
                throw new InputException(option, $"standard output is already taken by {other.Option}; write one of them to a file");
            return Add(new OutputTarget(option, path, null));
        }

        string full;
        try { full = Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException)
        {
            throw new InputException(path, $"{option}: not a valid file path");
        }
        if (Path.EndsInDirectorySeparator(path) || FileProbe.KindOf(full) == FileKind.Directory)
            throw new InputException(path, $"{option}: is a directory; give a file name");
        var folder = Path.GetDirectoryName(full);
        if (folder is null || FileProbe.KindOf(folder) != FileKind.Directory)
            throw new InputException(path, $"{option}: folder {folder} does not exist");
        if (_targets.FirstOrDefault(t => t.FullPath == full || SameFile(t.FullPath!, full)) is { } same)
            throw new InputException(path, $"{option} and {same.Option} name the same file; one would overwrite the other");
        if (FileProbe.RealPath(full) is { } real && _inputs.TryGetValue(real, out var input))
            throw new InputException(path, $"{option}: is also an input of this run ({input}); writing the report would destroy it");
        var isLink = new FileInfo(full).LinkTarget is not null;
        var kind = FileProbe.KindOf(full);
        if (!isLink && kind is not (FileKind.Missing or FileKind.Regular))
            throw new InputException(path, $"{option}: is {FileProbe.Describe(kind)}, not a regular file; it is never replaced (use - for standard output)");
        return Add(new OutputTarget(option, path, full));
    }

    /// <summary>Writes every target; <paramref name="writers"/> gives the content for each claimed target.</summary>
    public void Commit(Func<OutputTarget, Action<Stream>> writers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writers);
        var prepared = new List<PreparedFile>();
        try
        {
            foreach (var target in _targets.Where(t => !t.IsStandardOutput))
            {
                ct.ThrowIfCancellationRequested();
                var write = writers(target);
                prepared.Add(Guard(target, () => AtomicFile.Prepare(target.FullPath!, s => write(new CancellableStream(s, ct)))));
            }
            if (_targets.FirstOrDefault(t => t.IsStandardOutput) is { } stdout)
            {
                ct.ThrowIfCancellationRequested();
                var write = writers(stdout);
                Guard(stdout, () =>
                {
                    using var stream = _openStandardOutput();
                    using var buffered = new BufferedStream(stream, 64 * 1024);
                    write(new CancellableStream(buffered, ct));
                    buffered.Flush();
                    return 0;
                });
            }
            ct.ThrowIfCancellationRequested();
        }
        catch
        {
            foreach (var file in prepared) file.Discard();
            throw;
        }
        for (var i = 0; i < prepared.Count; i++)
        {
            try { prepared[i].Commit(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                for (var j = i + 1; j < prepared.Count; j++) prepared[j].Discard();
                var target = _targets.First(t => t.FullPath == prepared[i].TargetPath);
                throw new InputException(target.Path, $"{target.Option}: cannot replace the file: {OneLine(e.Message)}");
            }
        }
    }

    private static T Guard<T>(OutputTarget target, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException(target.IsStandardOutput ? "standard output" : target.Path, $"{target.Option}: cannot write: permission denied");
        }
        catch (IOException e)
        {
            throw new InputException(target.IsStandardOutput ? "standard output" : target.Path, $"{target.Option}: cannot write: {OneLine(e.Message)}");
        }
    }

    private OutputTarget Add(OutputTarget target)
    {
        _targets.Add(target);
        return target;
    }

    private static bool SameFile(string a, string b) =>
        FileProbe.RealPath(a) is { } ra && FileProbe.RealPath(b) is { } rb && ra == rb;

    private static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}
