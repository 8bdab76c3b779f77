using Scanner.Core.Aws;
using Scanner.Core.Inventory;

namespace Scanner.Core.Normalisation;

/// <summary>
/// Access-log destinations: the type (<c>s3</c>, <c>logs</c>, <c>firehose</c>) is the destination ARN's service, and
/// its account the ARN's account, except for S3, whose bucket ARNs name no account (absent, never unknown).
/// </summary>
public static class AccessLogDestinations
{
    public const string S3 = "s3";
    public const string Logs = "logs";
    public const string Firehose = "firehose";

    /// <summary>The destination type of an ARN text, or null when it is not an ARN.</summary>
    public static string? TypeOf(string? arn) => Arn.TryParse(arn)?.Service;

    /// <summary>
    /// <c>destinationAccountId</c> for a destination of the given type (null when not known) whose ARN's account is
    /// <paramref name="arnAccount"/> (unknown when the ARN's account is not known).
    /// </summary>
    public static Value? AccountOf(string? type, Value? arnAccount) => type == S3 ? null : arnAccount;

    /// <summary>The destination fields of a known or unknown destination ARN whose type is <paramref name="knownType"/> when the ARN alone does not tell.</summary>
    public static (Value? Type, Value? Account) Describe(Value? destination, string? knownType = null)
    {
        if (destination is null or { IsNull: true }) return (null, null);
        var type = destination.IsString ? TypeOf(destination.AsString) : knownType;
        var typeValue = type is null ? (destination.IsString ? null : Value.Unknown) : Value.From(type);
        return (typeValue, AccountOf(type, ArnAccounts.Of(destination)));
    }
}
