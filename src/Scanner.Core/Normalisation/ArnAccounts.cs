using Scanner.Core.Aws;
using Scanner.Core.Inventory;

namespace Scanner.Core.Normalisation;

/// <summary>The account an ARN-valued property names, for every source alike.</summary>
public static class ArnAccounts
{
    /// <summary>
    /// The ARN's account: unknown while the ARN is unknown; absent (null) when the value is absent, not an ARN, or an
    /// ARN that names no account (S3 buckets).
    /// </summary>
    public static Value? Of(Value? arn) => arn switch
    {
        { IsUnknown: true } => Value.Unknown,
        { IsString: true } s => Arn.AccountOf(s.AsString) is { } account ? Value.From(account) : null,
        _ => null,
    };
}
