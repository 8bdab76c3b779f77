using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Resolution;

/// <summary>
/// CloudFormation pseudo parameters. <c>AWS::Partition</c> is <c>aws</c> and <c>AWS::URLSuffix</c> follows it;
/// the account, region and stack values are unknown unless given as parameter overrides under their own names
/// (<c>AWS::AccountId=111111111111</c>). <c>AWS::NoValue</c> is not a value at all: the property is removed.
/// </summary>
internal sealed class PseudoParameters(IReadOnlyDictionary<string, string> overrides)
{
    public const string NoValue = "AWS::NoValue";

    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "AWS::AccountId", "AWS::Region", "AWS::Partition", "AWS::URLSuffix", "AWS::StackName", "AWS::StackId",
        "AWS::NotificationARNs", NoValue,
    };

    public static bool IsPseudo(string name) => Names.Contains(name);

    /// <summary>The known account id (override of AWS::AccountId), or null.</summary>
    public string? AccountId => overrides.GetValueOrDefault("AWS::AccountId");

    public string? Region => overrides.GetValueOrDefault("AWS::Region");

    /// <summary>The value of a pseudo parameter; C# null for AWS::NoValue.</summary>
    public Value? Resolve(string name, ResolutionTrace trace)
    {
        if (name == NoValue) return null;
        if (overrides.TryGetValue(name, out var given))
            return name == "AWS::NotificationARNs" ? Value.Strings(given.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) : Value.From(given);
        switch (name)
        {
            case "AWS::Partition":
                return Value.From("aws");
            case "AWS::URLSuffix" when Partition is "aws" or "aws-us-gov":
                return Value.From("amazonaws.com");
            case "AWS::URLSuffix" when Partition is "aws-cn":
                return Value.From("amazonaws.com.cn");
            default:
                trace.Unknown($"{name} is not known before deployment (give it as a parameter to resolve it)");
                return Value.Unknown;
        }
    }

    private string Partition => overrides.GetValueOrDefault("AWS::Partition") ?? "aws";
}
