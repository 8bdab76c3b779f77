using Scanner.AwsEmulator.World;
using Scanner.Cli.LiveCases;
using Scanner.FakeAws;
using Scanner.Pipeline.RuleCases;

namespace Scanner.Cli.Tests.LiveCases;

/// <summary>
/// Runs a rule's live case over a real socket: loads its world description into the fake AWS on 127.0.0.1 and scans
/// it as <c>rules test</c> does in process (<see cref="LiveCaseScan"/>), so the suite proves both transports.
/// </summary>
public sealed class FakeAwsLiveCaseCollector : ILiveCaseCollector
{
    public LiveCaseCollection Collect(string worldJson, string display) => CollectAsync(worldJson, display).GetAwaiter().GetResult();

    private static async Task<LiveCaseCollection> CollectAsync(string worldJson, string display)
    {
        var world = LiveCaseScan.LoadWorld(worldJson, display);
        await using var aws = await FakeAwsServer.StartAsync(world).ConfigureAwait(false);
        return await LiveCaseScan.CollectAsync(world, aws.EnvironmentVariables(EmulatedWorldDescription.HomeRegion), null).ConfigureAwait(false);
    }
}
