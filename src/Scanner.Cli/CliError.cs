namespace Scanner.Cli;

/// <summary>A usage error found by the CLI itself (conflicting or missing flags): exit code 2, one line.</summary>
public sealed class CliError(string message) : Exception(message);
