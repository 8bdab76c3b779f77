namespace Scanner.Cli;

/// <summary>The documented process exit codes (README "Exit codes"); CI jobs depend on them.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the --fail-on threshold.</summary>
    public const int Success = 0;
    /// <summary>Findings at or above the threshold (or failing rule cases for <c>rules test</c>).</summary>
    public const int Findings = 1;
    /// <summary>Usage or input error: one line on stderr, no output file written.</summary>
    public const int InputError = 2;
    /// <summary>Collection incomplete (an account, region or API could not be read) and --allow-partial not given.</summary>
    public const int Incomplete = 3;
    /// <summary>Interrupted (Ctrl-C / SIGINT); previous output files are left as they were.</summary>
    public const int Interrupted = 130;
}
