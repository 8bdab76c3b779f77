using System.Security;

namespace Scanner.AwsEmulator.Wire;

/// <summary>Error bodies in each protocol's real shape.</summary>
internal static class FakeErrors
{
    /// <param name="extra">More members of a JSON error body (VPC Lattice's reason and fieldList, Organizations' Reason).</param>
    public static FakeResponse For(FakeProtocol protocol, string code, string message, int status, Action<System.Text.Json.Utf8JsonWriter>? extra = null)
    {
        switch (protocol)
        {
            case FakeProtocol.RestJson:
            {
                var r = FakeResponse.Json(JsonOut.Object(w => { w.WriteString("message", message); extra?.Invoke(w); }), status) with { ErrorCode = code };
                r.Headers["X-Amzn-ErrorType"] = code + ":http://internal.amazon.com/coral/com.amazonaws.fake/";
                return r;
            }
            case FakeProtocol.Json11:
                return new FakeResponse(status, "application/x-amz-json-1.1",
                    System.Text.Encoding.UTF8.GetBytes(JsonOut.Object(w => { w.WriteString("__type", "com.amazonaws.organizations.v20161128#" + code); w.WriteString("Message", message); extra?.Invoke(w); })))
                { ErrorCode = code };
            case FakeProtocol.Ec2Query:
                return FakeResponse.Xml($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>{E(code)}</Code><Message>{E(message)}</Message></Error></Errors><RequestID>{Guid.NewGuid()}</RequestID></Response>", status) with { ErrorCode = code };
            default:
                return FakeResponse.Xml($"<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>{(status >= 500 ? "Receiver" : "Sender")}</Type><Code>{E(code)}</Code><Message>{E(message)}</Message></Error><RequestId>{Guid.NewGuid()}</RequestId></ErrorResponse>", status) with { ErrorCode = code };
        }
    }

    /// <summary>The service's own code for an injected fault kind.</summary>
    public static FakeResponse Fault(FakeProtocol protocol, string service, FakeFaultKind kind, string operation) => (kind, protocol) switch
    {
        (FakeFaultKind.Throttle, FakeProtocol.RestJson) => For(protocol, "ThrottlingException", "Rate exceeded", 429),
        (FakeFaultKind.Throttle, FakeProtocol.Json11) => For(protocol, "TooManyRequestsException", "AWS Organizations can't complete your request because another request is already in progress.", 400),
        (FakeFaultKind.Throttle, FakeProtocol.Ec2Query) => For(protocol, "RequestLimitExceeded", "Request limit exceeded.", 503),
        (FakeFaultKind.Throttle, _) => For(protocol, "Throttling", "Rate exceeded", 400),
        (FakeFaultKind.ServerError, FakeProtocol.RestJson) => For(protocol, service == "ram" ? "ServerInternalException" : "InternalServerException", "An internal error occurred.", 500),
        (FakeFaultKind.ServerError, FakeProtocol.Json11) => For(protocol, "ServiceException", "AWS Organizations can't complete your request because of an internal service error.", 500),
        (FakeFaultKind.ServerError, FakeProtocol.Ec2Query) => For(protocol, "InternalError", "An internal error has occurred.", 500),
        (FakeFaultKind.ServerError, _) => For(protocol, "InternalFailure", "An internal error has occurred.", 500),
        (FakeFaultKind.AccessDenied, _) => AccessDenied(protocol, service, operation),
        _ => For(protocol, "InternalFailure", "unexpected fault", 500),
    };

    public static FakeResponse AccessDenied(FakeProtocol protocol, string service, string operation) => protocol switch
    {
        FakeProtocol.RestJson => For(protocol, "AccessDeniedException", $"User is not authorized to perform: {service}:{operation}", 403),
        FakeProtocol.Json11 => For(protocol, "AccessDeniedException", $"You don't have permissions to access this resource ({service}:{operation}).", 400),
        FakeProtocol.Ec2Query => For(protocol, "UnauthorizedOperation", $"You are not authorized to perform this operation ({service}:{operation}).", 403),
        _ => For(protocol, "AccessDenied", $"User is not authorized to perform: {service}:{operation}", 403),
    };

    /// <summary>What AWS answers credentials used where they are not valid (bad key, region not enabled).</summary>
    public static FakeResponse InvalidToken(FakeProtocol protocol) => protocol switch
    {
        FakeProtocol.Ec2Query => For(protocol, "AuthFailure", "AWS was not able to validate the provided access credentials", 401),
        FakeProtocol.AwsQuery => For(protocol, "InvalidClientTokenId", "The security token included in the request is invalid.", 403),
        _ => For(protocol, "UnrecognizedClientException", "The security token included in the request is invalid.", 403),
    };

    /// <summary>
    /// Like AWS, the message echoes the canonical request the service expected, which contains every signed header value
    /// (the session token included): clients must not pass it on to logs.
    /// </summary>
    public static FakeResponse BadSignature(FakeProtocol protocol, string canonicalRequest)
    {
        var message = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. " +
                      "Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'" + canonicalRequest + "'\n";
        return protocol switch
        {
            FakeProtocol.RestJson or FakeProtocol.Json11 => For(protocol, "InvalidSignatureException", message, 403),
            _ => For(protocol, protocol == FakeProtocol.Ec2Query ? "AuthFailure" : "SignatureDoesNotMatch", message, 403),
        };
    }

    public static string E(string s) => SecurityElement.Escape(s) ?? "";
}
