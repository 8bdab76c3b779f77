using Scanner.Core.Findings;

namespace Scanner.Reporting.Terminal;

/// <summary>SGR escape sequences, applied only when colour is on (plain ANSI: nothing here needs reflection).</summary>
internal sealed class AnsiStyle(bool color)
{
    private const string Reset = "\u001b[0m";

    public string Severity(Severity s, string text) => Apply(s switch
    {
        Core.Findings.Severity.Critical => "\u001b[1;97;41m",
        Core.Findings.Severity.High => "\u001b[1;31m",
        Core.Findings.Severity.Medium => "\u001b[33m",
        Core.Findings.Severity.Low => "\u001b[36m",
        _ => "\u001b[2m",
    }, text);

    public string Bold(string text) => Apply("\u001b[1m", text);
    public string Dim(string text) => Apply("\u001b[2m", text);
    public string Error(string text) => Apply("\u001b[31m", text);
    public string Warning(string text) => Apply("\u001b[33m", text);
    public string Good(string text) => Apply("\u001b[32m", text);

    private string Apply(string sgr, string text) => color && text.Length > 0 ? sgr + text + Reset : text;
}
