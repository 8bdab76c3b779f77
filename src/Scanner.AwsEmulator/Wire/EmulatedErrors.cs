using System.Security;

namespace Scanner.AwsEmulator.Wire;

/// <summary>Error bodies in each protocol's real shape.</summary>
internal static class EmulatedErrors
{
    /// <param name="extra">More members of a JSON error body (VPC Lattice's reason and fieldList, Organizations' Reason).</param>
    public static EmulatedResponse For(EmulatedProtocol protocol, string code, string message, int status, Action<System.Text.Json.Utf8JsonWriter>? extra = null)
    {
        switch (protocol)
        {
            case EmulatedProtocol.RestJson:
            {
                var r = EmulatedResponse.Json(JsonOut.Object(w => { w.WriteString("message", message); extra?.Invoke(w); }), status) with { ErrorCode = code };
                r.Headers["X-Amzn-ErrorType"] = code + ":http://internal.amazon.com/coral/com.amazonaws.fake/";
                return r;
            }
            case EmulatedProtocol.Json11:
                return new EmulatedResponse(status, "application/x-amz-json-1.1",
                    System.Text.Encoding.UTF8.GetBytes(JsonOut.Object(w => { w.WriteString("__type", "com.amazonaws.organizations.v20161128#" + code); w.WriteString("Message", message); extra?.Invoke(w); })))
                { ErrorCode = code };
            case EmulatedProtocol.Ec2Query:
                return EmulatedResponse.Xml($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>{E(code)}</Code><Message>{E(message)}</Message></Error></Errors><RequestID>{Guid.NewGuid()}</RequestID></Response>", status) with { ErrorCode = code };
            default:
                return EmulatedResponse.Xml($"<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>{(status >= 500 ? "Receiver" : "Sender")}</Type><Code>{E(code)}</Code><Message>{E(message)}</Message></Error><RequestId>{Guid.NewGuid()}</RequestId></ErrorResponse>", status) with { ErrorCode = code };
        }
    }

    /// <summary>The service's own code for an injected fault kind.</summary>
    public static EmulatedResponse Fault(EmulatedProtocol protocol, string service, EmulatedFaultKind kind, string operation) => (kind, protocol) switch
    {
        (EmulatedFaultKind.Throttle, EmulatedProtocol.RestJson) => For(protocol, "ThrottlingException", "Rate exceeded", 429),
        (EmulatedFaultKind.Throttle, EmulatedProtocol.Json11) => For(protocol, "TooManyRequestsException", "AWS Organizations can't complete your request because another request is already in progress.", 400),
        (EmulatedFaultKind.Throttle, EmulatedProtocol.Ec2Query) => For(protocol, "RequestLimitExceeded", "Request limit exceeded.", 503),
        (EmulatedFaultKind.Throttle, _) => For(protocol, "Throttling", "Rate exceeded", 400),
        (EmulatedFaultKind.ServerError, EmulatedProtocol.RestJson) => For(protocol, service == "ram" ? "ServerInternalException" : "InternalServerException", "An internal error occurred.", 500),
        (EmulatedFaultKind.ServerError, EmulatedProtocol.Json11) => For(protocol, "ServiceException", "AWS Organizations can't complete your request because of an internal service error.", 500),
        (EmulatedFaultKind.ServerError, EmulatedProtocol.Ec2Query) => For(protocol, "InternalError", "An internal error has occurred.", 500),
        (EmulatedFaultKind.ServerError, _) => For(protocol, "InternalFailure", "An internal error has occurred.", 500),
        (EmulatedFaultKind.AccessDenied, _) => AccessDenied(protocol, service, operation),
        _ => For(protocol, "InternalFailure", "unexpected fault", 500),
    };

    public static EmulatedResponse AccessDenied(EmulatedProtocol protocol, string service, string operation) => protocol switch
    {
        EmulatedProtocol.RestJson => For(protocol, "AccessDeniedException", $"User is not authorized to perform: {service}:{operation}", 403),
        EmulatedProtocol.Json11 => For(protocol, "AccessDeniedException", $"You don't have permissions to access this resource ({service}:{operation}).", 400),
        EmulatedProtocol.Ec2Query => For(protocol, "UnauthorizedOperation", $"You are not authorized to perform this operation ({service}:{operation}).", 403),
        _ => For(protocol, "AccessDenied", $"User is not authorized to perform: {service}:{operation}", 403),
    };

    /// <summary>What AWS answers credentials used where they are not valid (bad key, region not enabled).</summary>
    public static EmulatedResponse InvalidToken(EmulatedProtocol protocol) => protocol switch
    {
        EmulatedProtocol.Ec2Query => For(protocol, "AuthFailure", "AWS was not able to validate the provided access credentials", 401),
        EmulatedProtocol.AwsQuery => For(protocol, "InvalidClientTokenId", "The security token included in the request is invalid.", 403),
        _ => For(protocol, "UnrecognizedClientException", "The security token included in the request is invalid.", 403),
    };

    /// <summary>
    /// Like AWS, the message echoes the canonical request the service expected, which contains every signed header value
    /// (the session token included): clients must not pass it on to logs.
    /// </summary>
    public static EmulatedResponse BadSignature(EmulatedProtocol protocol, string canonicalRequest)
    {
        var message = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. " +
                      "Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'" + canonicalRequest + "'\n";
        return protocol switch
        {
            EmulatedProtocol.RestJson or EmulatedProtocol.Json11 => For(protocol, "InvalidSignatureException", message, 403),
            _ => For(protocol, protocol == EmulatedProtocol.Ec2Query ? "AuthFailure" : "SignatureDoesNotMatch", message, 403),
        };
    }

    public static string E(string s) => SecurityElement.Escape(s) ?? "";
}
