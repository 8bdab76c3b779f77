using Scanner.AwsEmulator.Wire;
using Scanner.AwsEmulator.World;

namespace Scanner.AwsEmulator.Handlers;

/// <summary>What a handler may use: the world, the calling account, issued credentials, the page size.</summary>
internal sealed class FakeContext
{
    public required FakeWorld World { get; init; }
    public required FakeAccount Caller { get; init; }
    public required string Region { get; init; }
    public required int PageSize { get; init; }
    public required Func<string, string, FakeCredentials> IssueSession { get; init; }
    public required string Operation { get; init; }
    public required FakePageTokens Tokens { get; init; }

    public FakeRegion Own => Caller.Region(Region);
}
