namespace Scanner.AwsEmulator;

public enum EmulatedFaultKind
{
    /// <summary>The service's throttling error (ThrottlingException 429, TooManyRequestsException, RequestLimitExceeded 503).</summary>
    Throttle,
    /// <summary>The service's internal error (HTTP 500).</summary>
    ServerError,
    /// <summary>The service's access-denied error for this call.</summary>
    AccessDenied,
    /// <summary>Wait <see cref="EmulatedFault.Delay"/>, then answer normally (a slow service, a time-out for the client).</summary>
    Delay,
    /// <summary>HTTP 200 with a body that is not the protocol's JSON or XML (a proxy's error page, a truncated response).</summary>
    Garbage,
}
