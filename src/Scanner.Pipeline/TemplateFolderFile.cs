using Scanner.Core.Collection;
using Scanner.Core.Findings;

namespace Scanner.Pipeline;

/// <summary>
/// What a file found in a scanned template folder is when it cannot be read as a template: a file that is not a
/// template at all (no <c>Resources</c> / <c>AWSTemplateFormatVersion</c>, not YAML or JSON, a Terraform plan,
/// binary data) is skipped with a note; a template that fails to parse is an error that makes the scan incomplete,
/// while the other templates of the folder are still scanned.
/// </summary>
public static class TemplateFolderFile
{
    public static ScanDiagnostic Describe(InputException e)
    {
        if (IsNotATemplate(e))
            return new ScanDiagnostic
            {
                Level = DiagnosticLevel.Note,
                Code = "NotATemplate",
                Message = $"skipped: {e.Reason}",
                File = e.File,
            };
        return new ScanDiagnostic
        {
            Level = DiagnosticLevel.Error,
            Code = "TemplateParseError",
            Message = e.Reason,
            File = e.File,
            Line = e.Line,
            Column = e.Column,
        };
    }

    private static bool IsNotATemplate(InputException e)
    {
        if (e.Reason.Contains("not a CloudFormation template", StringComparison.Ordinal)) return true;
        // A syntax error in a file that never says it is a template (no Resources or format version) is some
        // other YAML/JSON file of the repository, not a broken template.
        return !LooksLikeTemplate(e.File);
    }

    private static bool LooksLikeTemplate(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        return text.Contains("AWSTemplateFormatVersion", StringComparison.Ordinal)
            || text.Split('\n').Any(l => l.StartsWith("Resources", StringComparison.Ordinal) && l.AsSpan(9).TrimStart().StartsWith(":"))
            || text.Contains("\"Resources\"", StringComparison.Ordinal);
    }
}
