namespace Scanner.Collectors.Aws.Tests.Conformance;

/// <summary>
/// A request difference between the official client and the project's client that the service ignores, with the exact
/// values on both sides and why it is harmless; any other difference fails the conformance test.
/// </summary>
internal sealed record HarmlessDifference(string Service, string Field, string Official, string Project, string Reason)
{
    private const string Form = "application/x-www-form-urlencoded";
    private const string FormUtf8 = "application/x-www-form-urlencoded; charset=utf-8";
    private const string CharsetReason =
        "AWSSDK.Core (the .NET SDK the collector uses for EC2 and STS) names the charset of the form body; the body is " +
        "percent-encoded ASCII either way and the query protocols read it the same with or without the parameter.";

    public static IReadOnlyList<HarmlessDifference> All { get; } =
    [
        new("ec2", "header content-type", Form, FormUtf8, CharsetReason),
        new("sts", "header content-type", Form, FormUtf8, CharsetReason),
    ];

    public static HarmlessDifference? Find(string service, string field, string? official, string? project) =>
        All.FirstOrDefault(h => h.Service == service && h.Field == field && h.Official == official && h.Project == project);
}
