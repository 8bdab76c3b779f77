using Scanner.AwsEmulator.Wire;

namespace Scanner.AwsEmulator.Validation;

/// <summary>
/// Renders violations as the service itself answers them: its error code (declared by the operation where the model
/// declares one), HTTP status and error body (rest-json: x-amzn-ErrorType and message; awsJson1.1: __type; ec2 and
/// query: XML Error). Field violations are joined in one "N validation errors detected: …" message.
/// </summary>
internal static class ViolationResponses
{
    public static EmulatedResponse Render(ServiceModel model, IReadOnlyList<RequestViolation> violations)
    {
        var protocol = ProtocolOf(model);
        var first = violations.OrderBy(v => Priority(v.Kind)).First();
        var fields = violations.Where(v => Priority(v.Kind) == Priority(first.Kind)).ToList();
        var message = fields.Count == 1 && !IsField(first.Kind) ? first.Message
            : IsField(first.Kind) ? $"{fields.Count} validation error{(fields.Count == 1 ? "" : "s")} detected: {string.Join("; ", fields.Select(f => f.Message))}"
            : first.Message;
        var (code, status) = Code(model, first);
        return model.Service switch
        {
            "vpc-lattice" when code == "ValidationException" => EmulatedErrors.For(protocol, code, message, status, w =>
            {
                w.WriteString("reason", first.Kind switch
                {
                    ViolationKind.InvalidType => "cannotParse",
                    ViolationKind.InvalidNextToken or ViolationKind.DocumentedConstraint => "other",
                    _ => "fieldValidationFailed",
                });
                w.WriteStartArray("fieldList");
                foreach (var f in fields.Where(f => f.Member.Length > 0))
                {
                    w.WriteStartObject();
                    w.WriteString("name", f.Member);
                    w.WriteString("message", f.Message);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }),
            "organizations" when code == "InvalidInputException" => EmulatedErrors.For(protocol, code, message, status, w => w.WriteString("Reason", OrganizationsReason(first))),
            _ => EmulatedErrors.For(protocol, code, message, status),
        };
    }

    public static EmulatedProtocol ProtocolOf(ServiceModel model) => model.Protocol switch
    {
        "rest-json" => EmulatedProtocol.RestJson,
        "json" => EmulatedProtocol.Json11,
        "ec2" => EmulatedProtocol.Ec2Query,
        _ => EmulatedProtocol.AwsQuery,
    };

    /// <summary>Framing first (AWS never gets to members of a request it cannot route), then signing, then members.</summary>
    private static int Priority(ViolationKind kind) => kind switch
    {
        ViolationKind.WrongSigningName or ViolationKind.WrongRegion => 0,
        ViolationKind.WrongProtocol or ViolationKind.UnknownOperation => 1,
        ViolationKind.InvalidType or ViolationKind.UnknownMember or ViolationKind.WrongLocation => 2,
        ViolationKind.DocumentedConstraint => 4,
        _ => 3,
    };

    private static bool IsField(ViolationKind kind) => Priority(kind) is 2 or 3;

    private static (string Code, int Status) Code(ServiceModel model, RequestViolation v)
    {
        var signing = v.Kind is ViolationKind.WrongSigningName or ViolationKind.WrongRegion;
        return (model.Service, v.Kind) switch
        {
            ("ec2", _) when signing => ("AuthFailure", 401),
            ("sts", _) when signing => ("SignatureDoesNotMatch", 403),
            (_, _) when signing => ("InvalidSignatureException", 403),
            ("vpc-lattice" or "ram", ViolationKind.UnknownOperation or ViolationKind.WrongProtocol) => ("UnknownOperationException", 404),
            ("organizations", ViolationKind.UnknownOperation) => ("UnknownOperationException", 400),
            ("organizations", ViolationKind.WrongProtocol or ViolationKind.InvalidType or ViolationKind.UnknownMember or ViolationKind.WrongLocation) => ("SerializationException", 400),
            ("ec2" or "sts", ViolationKind.UnknownOperation) => ("InvalidAction", 400),
            ("ec2" or "sts", ViolationKind.WrongProtocol) => (v.Member == "Action" ? "MissingAction" : "InvalidParameterValue", 400),
            ("vpc-lattice", _) => ("ValidationException", 400),
            ("ram", ViolationKind.InvalidNextToken) => ("InvalidNextTokenException", 400),
            ("ram", _) => ("InvalidParameterException", 400),
            ("organizations", _) => ("InvalidInputException", 400),
            ("ec2", ViolationKind.MissingRequired) => ("MissingParameter", 400),
            ("ec2", ViolationKind.UnknownMember or ViolationKind.WrongLocation) => ("UnknownParameter", 400),
            ("ec2", ViolationKind.DocumentedConstraint) => ("InvalidParameterCombination", 400),
            ("ec2", ViolationKind.InvalidNextToken) => ("InvalidPaginationToken", 400),
            ("ec2", _) => ("InvalidParameterValue", 400),
            _ => ("ValidationError", 400),
        };
    }

    /// <summary>The InvalidInputException Reason (an enum in the Organizations model) for a violation.</summary>
    private static string OrganizationsReason(RequestViolation v) => v.Kind switch
    {
        ViolationKind.MissingRequired => "INPUT_REQUIRED",
        ViolationKind.InvalidEnum => "INVALID_ENUM",
        ViolationKind.InvalidPattern => "INVALID_PATTERN",
        ViolationKind.InvalidLength => v.AboveMaximum ? "MAX_LENGTH_EXCEEDED" : "MIN_LENGTH_EXCEEDED",
        ViolationKind.OutOfRange => v.AboveMaximum ? "MAX_VALUE_EXCEEDED" : "MIN_VALUE_EXCEEDED",
        ViolationKind.InvalidNextToken => "INVALID_NEXT_TOKEN",
        _ => "INVALID_LIST_MEMBER",
    };
}
