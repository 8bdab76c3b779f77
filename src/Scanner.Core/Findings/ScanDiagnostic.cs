namespace Scanner.Core.Findings;

/// <summary>
/// A problem met while collecting or evaluating: an account/region/API that could not be read, a file that
/// could not be parsed, a value that stayed unknown. Reported in SARIF notifications and JSON <c>errors</c>.
/// </summary>
public sealed record ScanDiagnostic
{
    /// <summary>Error (collection incomplete), warning or note.</summary>
    public required DiagnosticLevel Level { get; init; }
    /// <summary>A stable code: AccessDenied, Throttling, AssumeRoleFailed, Timeout, UnknownValue, ParseError …</summary>
    public required string Code { get; init; }
    public required string Message { get; init; }
    public string? AccountId { get; init; }
    public string? Region { get; init; }
    /// <summary>The service and operation, such as <c>vpc-lattice:ListResourceGateways</c>.</summary>
    public string? Api { get; init; }
    public string? File { get; init; }
    public int Line { get; init; }
    public int Column { get; init; }

    /// <summary>True for diagnostics that mean the inventory is incomplete (exit code 3).</summary>
    public bool MakesScanIncomplete => Level == DiagnosticLevel.Error;
}
