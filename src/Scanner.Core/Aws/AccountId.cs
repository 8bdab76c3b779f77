namespace Scanner.Core.Aws;

public static class AccountId
{
    /// <summary>True for a 12-digit AWS account id.</summary>
    public static bool IsValid(string? s) => s is { Length: 12 } && s.All(char.IsAsciiDigit);
}
