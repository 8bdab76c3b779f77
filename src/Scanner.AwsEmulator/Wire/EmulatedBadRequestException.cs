namespace Scanner.AwsEmulator.Wire;

/// <summary>
/// Thrown by handlers for a client error; the server renders it in the protocol's error shape. <see cref="Reason"/> is
/// the VPC Lattice <c>ValidationException.reason</c> member (required in that shape: unknownOperation, cannotParse,
/// fieldValidationFailed, other).
/// </summary>
internal sealed class EmulatedBadRequestException(string code, string message, int status = 400, string? reason = null) : Exception(message)
{
    public string Code { get; } = code;
    public int Status { get; } = status;
    public string? Reason { get; } = reason;

    /// <summary>VPC Lattice's answer to a request that breaks a documented constraint the shapes do not encode.</summary>
    public static EmulatedBadRequestException Validation(string message) => new("ValidationException", message, 400, "other");
}
