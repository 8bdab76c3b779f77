using System.Text;
using System.Text.RegularExpressions;
using Scanner.Core.Collection;
using Scanner.Core.Files;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.Terraform.Sources;

/// <summary>
/// Finds <c>resource "TYPE" "NAME"</c> blocks in the <c>.tf</c> files of a module folder. Each folder is read
/// once and indexed by <c>TYPE.NAME</c>; a folder that cannot be read simply yields no locations (the caller
/// falls back to the plan file). Only the folder itself is read: Terraform modules are not recursive. Only regular
/// files of at most <see cref="MaxFileBytes"/> each are read (a link to a device or a huge file is skipped), and at
/// most <see cref="MaxFolderBytes"/> per folder.
/// </summary>
internal sealed partial class TfSourceIndex
{
    /// <summary>Largest <c>.tf</c> file read for locations: 16 MiB.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>Most bytes of <c>.tf</c> sources read from one folder: 64 MiB.</summary>
    public const long MaxFolderBytes = 64L * 1024 * 1024;

    private readonly Dictionary<string, Dictionary<string, SourceLocation>> _folders = new(StringComparer.Ordinal);

    public SourceLocation? Find(string? directory, string configAddress, string logicalName)
    {
        if (directory is null) return null;
        if (!_folders.TryGetValue(directory, out var blocks)) _folders[directory] = blocks = Read(directory);
        return blocks.TryGetValue(configAddress, out var at) ? at with { LogicalName = logicalName } : null;
    }

    private static Dictionary<string, SourceLocation> Read(string directory)
    {
        var result = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        try
        {
            if (!Directory.Exists(directory)) return result;
            var budget = MaxFolderBytes;
            foreach (var file in Directory.EnumerateFiles(directory, "*.tf").Order(StringComparer.Ordinal))
            {
                if (FileProbe.KindOf(file) != FileKind.Regular) continue;
                byte[] bytes;
                try { bytes = InputFile.ReadAllBytes(file, Math.Min(MaxFileBytes, budget), _ => new InputException(file, "too large for locations")); }
                catch (InputException) { continue; }
                budget -= bytes.Length;
                var path = PathText.Combine(directory, Path.GetFileName(file));
                var lineNumber = 0;
                using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                while (reader.ReadLine() is { } line)
                {
                    lineNumber++;
                    var m = ResourceBlock().Match(line);
                    if (m.Success)
                        result.TryAdd(m.Groups["type"].Value + "." + m.Groups["name"].Value,
                            new SourceLocation(path, lineNumber, m.Groups["kw"].Index + 1));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Sources are an optional refinement; the plan-file location still points at the resource.
        }
        return result;
    }

    [GeneratedRegex("""^\s*(?<kw>resource)\s+"(?<type>[^"]+)"\s+"(?<name>[^"]+)"\s*\{?""")]
    private static partial Regex ResourceBlock();
}
