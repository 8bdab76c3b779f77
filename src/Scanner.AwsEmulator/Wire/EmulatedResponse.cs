using System.Text;

namespace Scanner.AwsEmulator.Wire;

internal sealed record EmulatedResponse(int Status, string ContentType, byte[] Body)
{
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The error code the emulator meant to send (for the call log), null on success.</summary>
    public string? ErrorCode { get; init; }

    public static EmulatedResponse Json(string json, int status = 200) => new(status, "application/json", Encoding.UTF8.GetBytes(json));
    public static EmulatedResponse Xml(string xml, int status = 200) => new(status, "text/xml", Encoding.UTF8.GetBytes(xml));
}
