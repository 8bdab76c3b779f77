namespace Scanner.AwsEmulator.Validation;

/// <summary>The classes of request AWS rejects before doing any work, each answered with the service's own error.</summary>
public enum ViolationKind
{
    /// <summary>No operation of the service matches the method and path, X-Amz-Target or Action.</summary>
    UnknownOperation,

    /// <summary>The request is framed in another protocol than the service speaks (JSON-RPC to a rest-json service, …).</summary>
    WrongProtocol,

    /// <summary>The SigV4 credential scope names another service than the one the request is for.</summary>
    WrongSigningName,

    /// <summary>The SigV4 credential scope names a region the endpoint does not serve.</summary>
    WrongRegion,

    /// <summary>A member the input shape lists as required is absent.</summary>
    MissingRequired,

    /// <summary>A constraint the operation's documentation states and the shapes do not encode ("must provide either …").</summary>
    DocumentedConstraint,

    /// <summary>A string outside the shape's enum.</summary>
    InvalidEnum,

    /// <summary>A string (or list) shorter or longer than the shape allows.</summary>
    InvalidLength,

    /// <summary>A string that does not match the shape's pattern.</summary>
    InvalidPattern,

    /// <summary>A number outside the shape's min/max (maxResults above the model's maximum).</summary>
    OutOfRange,

    /// <summary>A value of the wrong type (text for an integer, object for a string).</summary>
    InvalidType,

    /// <summary>A member the input shape does not have.</summary>
    UnknownMember,

    /// <summary>A member sent in another place than its binding (query instead of body, body instead of URI, …).</summary>
    WrongLocation,

    /// <summary>A pagination token the emulator never issued (or issued for another operation).</summary>
    InvalidNextToken,
}
