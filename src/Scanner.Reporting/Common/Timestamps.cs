using System.Globalization;

namespace Scanner.Reporting.Common;

/// <summary>UTC, millisecond precision, <c>Z</c> suffix: the SARIF date-time form, also used by the JSON report.</summary>
internal static class Timestamps
{
    public static string Format(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
