using Scanner.Collectors.Aws;
using Scanner.Core.Collection;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using Scanner.AwsEmulator.World;
using Scanner.Pipeline.RuleCases;

namespace Scanner.Cli.Tests.LiveCases;

/// <summary>
/// Runs a rule's live case: loads its world description into the strict fake AWS on 127.0.0.1 (SigV4, model
/// validation, paging) and scans the described organization with the real <see cref="AwsCollector"/>, as its
/// management account, every region the description names.
/// </summary>
public sealed class FakeAwsLiveCaseCollector : ILiveCaseCollector
{
    public LiveCaseCollection Collect(string worldJson, string display) => CollectAsync(worldJson, display).GetAwaiter().GetResult();

    private static async Task<LiveCaseCollection> CollectAsync(string worldJson, string display)
    {
        FakeWorld world;
        try
        {
            world = FakeWorldDescription.Load(worldJson);
        }
        catch (FormatException e)
        {
            throw new InputException(display, e.Message);
        }
        await using var aws = await FakeAwsServer.StartAsync(world).ConfigureAwait(false);
        var variables = aws.EnvironmentVariables(FakeWorldDescription.HomeRegion);
        var result = await new AwsCollector().CollectAsync(new AwsScanOptions
        {
            Organization = true,
            Regions = world.AllRegions.ToList(),
            RoleName = FakeWorldDescription.RoleName,
            Environment = name => variables.TryGetValue(name, out var v) ? v : null,
            CallTimeout = TimeSpan.FromSeconds(10),
            MaxRetries = 1,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            MaxRetryDelay = TimeSpan.FromMilliseconds(5),
        }, null, CancellationToken.None).ConfigureAwait(false);
        return new LiveCaseCollection(result.Collection, result.Organization);
    }
}
