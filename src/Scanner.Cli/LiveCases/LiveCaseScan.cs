using Scanner.AwsEmulator.World;
using Scanner.Collectors.Aws;
using Scanner.Core.Collection;
using Scanner.Pipeline.RuleCases;

namespace Scanner.Cli.LiveCases;

/// <summary>
/// How a live case is read: its world description loaded, then the described organization scanned by the real
/// <see cref="AwsCollector"/> as its management account, every region the description names, wherever the AWS
/// emulator serving it is reached (in process through a handler, or at an endpoint).
/// </summary>
internal static class LiveCaseScan
{
    /// <exception cref="InputException">The description cannot be served (a missing or unknown field, named by its path).</exception>
    public static EmulatedWorld LoadWorld(string worldJson, string display)
    {
        try
        {
            return EmulatedWorldDescription.Load(worldJson);
        }
        catch (FormatException e)
        {
            throw new InputException(display, e.Message);
        }
    }

    /// <param name="environment">The AWS_* variables the scan sees: the emulator's endpoint, the management account's keys, the home region.</param>
    /// <param name="transport">Carries the requests in process; null = over the network to the endpoint.</param>
    public static async Task<LiveCaseCollection> CollectAsync(EmulatedWorld world, IReadOnlyDictionary<string, string> environment, HttpMessageHandler? transport)
    {
        var result = await new AwsCollector().CollectAsync(new AwsScanOptions
        {
            Organization = true,
            Regions = world.AllRegions.ToList(),
            RoleName = EmulatedWorldDescription.RoleName,
            Environment = name => environment.TryGetValue(name, out var v) ? v : null,
            HttpHandler = transport,
            CallTimeout = TimeSpan.FromSeconds(10),
            MaxRetries = 1,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            MaxRetryDelay = TimeSpan.FromMilliseconds(5),
        }, null, CancellationToken.None).ConfigureAwait(false);
        return new LiveCaseCollection(result.Collection, result.Organization);
    }
}
