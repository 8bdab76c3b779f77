using Scanner.Core.Findings;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// Collects the collector's diagnostics, at most one per resource and property, so a template full of
/// <c>${AWS::Region}</c> does not bury the one warning that matters.
/// </summary>
internal sealed class DiagnosticSink(string file, Func<string, string, bool>? reportUnresolved = null)
{
    public const string UnresolvedValue = "UnresolvedValue";
    public const string InvalidValue = "InvalidValue";

    private readonly List<ScanDiagnostic> _diagnostics = [];
    private readonly HashSet<(string, string)> _seen = [];

    public IReadOnlyList<ScanDiagnostic> Diagnostics => _diagnostics;

    private int _unreadUnresolved;

    /// <summary>Adds a warning about one property of one resource unless that pair already has one.</summary>
    public void Warn(string code, string logicalId, string property, string message, int line, int column, string? kind = null)
    {
        if (!_seen.Add((logicalId, property))) return;
        if (code == UnresolvedValue && kind is not null && reportUnresolved is { } report && !report(kind, property))
        {
            _unreadUnresolved++;
            return;
        }
        Add(DiagnosticLevel.Warning, code, $"{logicalId}.{property}: {message}", line, column);
    }

    /// <summary>Adds the one note that counts the unknown values no selected rule reads (when there were any).</summary>
    public void Finish()
    {
        if (_unreadUnresolved == 0) return;
        Add(DiagnosticLevel.Note, "UnresolvedValuesNotRead",
            $"{_unreadUnresolved} value(s) that no selected rule reads (names, tags, descriptions, …) are not known before deployment; they are not listed one by one");
        _unreadUnresolved = 0;
    }

    public void Add(DiagnosticLevel level, string code, string message, int line = 0, int column = 0) =>
        _diagnostics.Add(new ScanDiagnostic { Level = level, Code = code, Message = message, File = file, Line = line, Column = column });
}
