namespace Scanner.AwsEmulator.Validation;

/// <summary>Thrown where a violation is found only while answering (a next token the emulator never issued).</summary>
internal sealed class EmulatedViolationException(RequestViolation violation) : Exception(violation.Message)
{
    public RequestViolation Violation { get; } = violation;
}
