using Scanner.Collectors.Aws.Protocol;
using Scanner.Core.Findings;

namespace Scanner.Collectors.Aws.Collection;

/// <summary>Turns failed calls into diagnostics with stable codes and the IAM action in the message.</summary>
internal static class Diagnostics
{
    public static string CodeFor(AwsServiceException e) =>
        e.IsThrottling ? "Throttling"
        : e.IsAccessDenied ? "AccessDenied"
        : e.ErrorCode == AwsErrorClassifier.TimeoutCode ? "Timeout"
        : e.ErrorCode == AwsErrorClassifier.ConnectionFailureCode ? "ConnectionFailure"
        : e.IsAuthFailure ? "RegionUnavailable"
        : e.StatusCode >= 500 ? "ServiceError"
        : e.ErrorCode;

    /// <summary>Failures of a response rather than of the call: bodies that do not parse, SDK unmarshalling errors, a looping paginator.</summary>
    public static bool IsMalformedResponse(Exception e) =>
        e is System.Text.Json.JsonException or System.Xml.XmlException or FormatException or InvalidOperationException or Amazon.Runtime.AmazonClientException;

    public static ScanDiagnostic Malformed(Exception e, string what, string account, string region) => new()
    {
        Level = DiagnosticLevel.Error,
        Code = "MalformedResponse",
        Message = $"{what} in {account}/{region} could not be read: {e.GetType().Name}: {AwsErrorMessage.Sanitize(e.Message)}",
        AccountId = account,
        Region = region,
    };

    /// <summary>A value an API returned that does not read as its model says; the inventory holds it as unknown.</summary>
    public static ScanDiagnostic InvalidValue(string message, string account, string region) => new()
    {
        Level = DiagnosticLevel.Warning,
        Code = "InvalidValue",
        Message = message,
        AccountId = account,
        Region = region,
    };

    public static ScanDiagnostic From(AwsServiceException e, string code, string message) => new()
    {
        Level = DiagnosticLevel.Error,
        Code = code,
        Message = message,
        AccountId = e.AccountId,
        Region = e.Region,
        Api = e.Api,
    };

    /// <summary>The default message: what failed, the AWS code, and for AccessDenied the action to grant.</summary>
    public static ScanDiagnostic For(AwsServiceException e, string what)
    {
        var code = CodeFor(e);
        var hint = code switch
        {
            "AccessDenied" => $" Grant {e.Api}{(AwsPermissions.Find(e.Service, e.Operation) is { } p ? $" (needed for {p.Purpose})" : "")} to the scanning role (docs/iam-policy.json).",
            "Throttling" => " Throttled beyond the retry budget (another client may be using the same rate limit); rerun later or cap the scan with --max-concurrency.",
            "RegionUnavailable" => " The region is probably not enabled for this account.",
            _ => "",
        };
        return From(e, code, $"{what} in {e.AccountId}/{e.Region} could not be read: {e.ErrorCode}: {e.Message}.{hint}");
    }
}
