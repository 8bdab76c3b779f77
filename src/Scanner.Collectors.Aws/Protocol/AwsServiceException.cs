namespace Scanner.Collectors.Aws.Protocol;

/// <summary>
/// A failed AWS call, whatever the protocol or client (thin client or AWS SDK): the service and operation, the AWS
/// error code, and the account and region the call was made for, so a collector can turn it into a diagnostic.
/// </summary>
public sealed class AwsServiceException : Exception
{
    public AwsServiceException(string service, string operation, string errorCode, string message, int statusCode,
        string? accountId, string? region, string? requestId = null, Exception? inner = null)
        : base(message, inner)
    {
        Service = service;
        Operation = operation;
        ErrorCode = errorCode;
        StatusCode = statusCode;
        AccountId = accountId;
        Region = region;
        RequestId = requestId;
    }

    /// <summary>IAM service prefix: vpc-lattice, ram, organizations, ec2, sts.</summary>
    public string Service { get; }
    public string Operation { get; }

    /// <summary>The AWS error code (ThrottlingException, AccessDenied, …), or Timeout / ConnectionFailure for local failures.</summary>
    public string ErrorCode { get; }

    /// <summary>The HTTP status, 0 when no response arrived.</summary>
    public int StatusCode { get; }

    public string? AccountId { get; }
    public string? Region { get; }
    public string? RequestId { get; }

    /// <summary><c>service:Operation</c>, the IAM action form.</summary>
    public string Api => $"{Service}:{Operation}";

    public bool IsThrottling => AwsErrorClassifier.IsThrottling(ErrorCode, StatusCode);
    public bool IsAccessDenied => AwsErrorClassifier.IsAccessDenied(ErrorCode);
    public bool IsNotFound => AwsErrorClassifier.IsNotFound(ErrorCode, StatusCode);
    public bool IsRetryable => AwsErrorClassifier.IsRetryable(ErrorCode, StatusCode);

    /// <summary>The credentials are not valid where they were used: a region not enabled for the account, an expired session.</summary>
    public bool IsAuthFailure => AwsErrorClassifier.IsAuthFailure(ErrorCode);
}
