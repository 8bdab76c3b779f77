using System.Text.Encodings.Web;
using System.Text.Json;

namespace Scanner.Reporting.Common;

/// <summary>
/// Writer settings shared by the SARIF and JSON reports: two-space indentation, <c>\n</c> line ends on every
/// platform (byte-identical output), and no escaping of non-ASCII or HTML-sensitive characters (these are files,
/// not HTML; JSON control characters and quotes are still escaped).
/// </summary>
internal static class JsonOutput
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void WriteTrailingNewline(Stream output) => output.WriteByte((byte)'\n');
}
