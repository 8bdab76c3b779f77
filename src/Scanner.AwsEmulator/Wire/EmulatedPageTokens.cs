using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Scanner.AwsEmulator.Wire;

/// <summary>
/// The pagination tokens the emulator has issued, each bound to the operation and caller it was issued to: like AWS,
/// a token the service never handed out (or handed out for another list) is rejected.
/// </summary>
internal sealed class EmulatedPageTokens
{
    private readonly ConcurrentDictionary<string, (string Scope, int Offset)> _issued = new(StringComparer.Ordinal);

    public string Issue(string scope, int offset)
    {
        var token = "fake-page/" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        _issued[token] = (scope, offset);
        return token;
    }

    /// <summary>The offset a token stands for, or null when it was not issued for this scope.</summary>
    public int? Resolve(string scope, string token) =>
        _issued.TryGetValue(token, out var entry) && entry.Scope == scope ? entry.Offset : null;
}
