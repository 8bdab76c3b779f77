namespace Scanner.AwsEmulator.Validation;

/// <summary>One reason a request is invalid: the class, the member path (or empty) and the service-style message.</summary>
/// <param name="AboveMaximum">For length and range violations: the value is above the maximum (else below the minimum).</param>
public sealed record RequestViolation(ViolationKind Kind, string Member, string Message, bool AboveMaximum = false);
