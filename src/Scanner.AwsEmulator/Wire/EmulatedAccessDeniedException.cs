namespace Scanner.AwsEmulator.Wire;

/// <summary>Thrown by handlers when the caller may not read something (owner-only reads, non-management callers).</summary>
internal sealed class EmulatedAccessDeniedException : Exception;
