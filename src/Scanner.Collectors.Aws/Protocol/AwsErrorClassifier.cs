namespace Scanner.Collectors.Aws.Protocol;

/// <summary>Classifies AWS error codes the same way for every protocol (throttling, access denied, retryable).</summary>
public static class AwsErrorClassifier
{
    public const string TimeoutCode = "Timeout";
    public const string ConnectionFailureCode = "ConnectionFailure";

    private static readonly HashSet<string> Throttling = new(StringComparer.Ordinal)
    {
        "ThrottlingException", "Throttling", "TooManyRequestsException", "RequestLimitExceeded", "ThrottledException",
        "RequestThrottled", "RequestThrottledException", "SlowDown", "ProvisionedThroughputExceededException",
        "BandwidthLimitExceeded", "PriorRequestNotComplete", "EC2ThrottledException", "TransactionInProgressException",
    };

    private static readonly HashSet<string> AccessDenied = new(StringComparer.Ordinal)
    {
        "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "AuthorizationError", "Forbidden",
    };

    private static readonly HashSet<string> AuthFailure = new(StringComparer.Ordinal)
    {
        "UnrecognizedClientException", "InvalidClientTokenId", "AuthFailure", "OptInRequired", "ExpiredToken",
        "ExpiredTokenException", "InvalidSignatureException", "SignatureDoesNotMatch", "IncompleteSignature",
        "RegionDisabledException",
    };

    private static readonly HashSet<string> NotFound = new(StringComparer.Ordinal)
    {
        "ResourceNotFoundException", "UnknownResourceException", "ResourceArnNotFoundException",
    };

    private static readonly HashSet<string> Transient = new(StringComparer.Ordinal)
    {
        "InternalServerException", "InternalFailure", "InternalError", "ServiceUnavailable", "ServiceUnavailableException",
        "ServerInternalException", "ServiceException", "Unavailable", TimeoutCode, ConnectionFailureCode, "RequestTimeout",
        "RequestTimeoutException",
    };

    public static bool IsThrottling(string code, int status) => status == 429 || Throttling.Contains(code);
    public static bool IsAccessDenied(string code) => AccessDenied.Contains(code);
    public static bool IsAuthFailure(string code) => AuthFailure.Contains(code);
    public static bool IsNotFound(string code, int status) => NotFound.Contains(code) || (status == 404 && code.EndsWith("NotFound", StringComparison.Ordinal));

    /// <summary>Throttling, 5xx, time-outs and connection failures are retried; everything else fails at once.</summary>
    public static bool IsRetryable(string code, int status) =>
        IsThrottling(code, status) || status >= 500 || Transient.Contains(code);
}
