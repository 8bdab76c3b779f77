using Scanner.AwsEmulator;
using Scanner.AwsEmulator.World;
using Scanner.Pipeline.RuleCases;

namespace Scanner.Cli.LiveCases;

/// <summary>
/// Runs live cases in process: each case's world is served by its own <see cref="EmulatedAws"/> (SigV4, model
/// validation, paging) through an <see cref="EmulatorHttpHandler"/>, so the real AWS collector reads it with the same
/// clients, signing and pagination as a live scan, and no socket is opened.
/// </summary>
internal sealed class EmulatedLiveCaseCollector : ILiveCaseCollector
{
    /// <summary>Where the scan believes AWS is; requests never leave the process (the name cannot resolve).</summary>
    private static readonly Uri Endpoint = new("http://aws-emulator.invalid/");

    public LiveCaseCollection Collect(string worldJson, string display)
    {
        var world = LiveCaseScan.LoadWorld(worldJson, display);
        var aws = new EmulatedAws(world);
        using var handler = new EmulatorHttpHandler(aws);
        return LiveCaseScan.CollectAsync(world, aws.EnvironmentVariables(Endpoint, EmulatedWorldDescription.HomeRegion), handler).GetAwaiter().GetResult();
    }
}
