using Scanner.AwsEmulator.Wire;
using Scanner.AwsEmulator.World;

namespace Scanner.AwsEmulator.Handlers;

/// <summary>What a handler may use: the world, the calling account, issued credentials, the page size.</summary>
internal sealed class EmulatedContext
{
    public required EmulatedWorld World { get; init; }
    public required EmulatedAccount Caller { get; init; }
    public required string Region { get; init; }
    public required int PageSize { get; init; }
    public required Func<string, string, EmulatedCredentials> IssueSession { get; init; }
    public required string Operation { get; init; }
    public required EmulatedPageTokens Tokens { get; init; }

    public EmulatedRegion Own => Caller.Region(Region);
}
