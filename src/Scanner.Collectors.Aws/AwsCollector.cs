using System.Collections.Concurrent;
using Amazon.Runtime;
using Scanner.Collectors.Aws.Collection;
using Scanner.Collectors.Aws.Organization;
using Scanner.Collectors.Aws.Protocol;
using Scanner.Core.Aws;
using Scanner.Core.Collection;
using Scanner.Core.Findings;

namespace Scanner.Collectors.Aws;

/// <summary>
/// Live collection across accounts and regions. Resolves the scanner's credentials and identity, plans the accounts
/// (see <see cref="AwsScanOptions.Organization"/>), assumes the read-only role once per member account, and collects
/// every account×region unit as soon as its credentials are there, all side by side: each request is paced by its
/// account, region and API alone (<see cref="RequestPacer"/>, at most <see cref="AwsScanOptions.MaxConcurrency"/> or
/// <see cref="RequestPacer.SafetyBound"/> requests open). Failures become
/// diagnostics (level error: the inventory is incomplete) and never stop other units; resources are de-duplicated by
/// ARN, preferring the owner's view.
/// </summary>
public sealed class AwsCollector
{
    public async Task<AwsCollectionResult> CollectAsync(AwsScanOptions options, IProgress<AwsScanProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var env = options.Environment ?? Environment.GetEnvironmentVariable;
        var factory = options.ClientFactory ?? AwsClientFactory.Instance;
        var log = new CallLog(options.Log, options.Verbose);
        using var pacer = new RequestPacer(options.MaxConcurrency);
        var endpoints = new AwsEndpointResolver(env);
        var retry = new AwsRetryPolicy { MaxRetries = options.MaxRetries, BaseDelay = options.RetryBaseDelay, MaxDelay = options.MaxRetryDelay };
        var diagnostics = new ConcurrentQueue<ScanDiagnostic>();

        AwsClientOptions ClientOptions(AWSCredentials credentials, string region, string? account) => new()
        {
            Credentials = credentials,
            Region = region,
            AccountId = account,
            Endpoints = endpoints,
            CallTimeout = options.CallTimeout,
            Retry = retry,
            Observer = log,
            Pacer = pacer,
            HttpHandler = options.HttpHandler,
        };

        var baseCredentials = CredentialResolver.Resolve(options, env);
        await CredentialResolver.EnsureUsableAsync(baseCredentials, options, env).ConfigureAwait(false);
        var home = CredentialResolver.HomeRegion(options, env);
        var explicitRegions = options.Regions.Where(r => !string.Equals(r, "all", StringComparison.OrdinalIgnoreCase)).ToList();
        var homeRegion = home ?? explicitRegions.FirstOrDefault() ?? (options.Regions.Count > 0 ? "us-east-1" : null)
            ?? throw new InputException("--regions", "No region: set AWS_REGION, a region in the profile, or pass --regions.");

        string caller;
        var sts = factory.Sts(ClientOptions(baseCredentials, homeRegion, null));
        try
        {
            caller = (await sts.GetCallerIdentityAsync(ct).ConfigureAwait(false)).Account;
        }
        catch (AwsServiceException e)
        {
            (sts as IDisposable)?.Dispose();
            if (e.IsAuthFailure)
                throw new InputException("AWS credentials",
                    $"not accepted by STS in {homeRegion} ({e.ErrorCode}: {e.Message}): the keys are wrong or their session has expired, or {homeRegion} " +
                    "is not enabled for the account. Refresh the credentials ('aws sso login', 'aws configure') or set AWS_REGION to an enabled region.");
            var d = e.ErrorCode is AwsErrorClassifier.ConnectionFailureCode or AwsErrorClassifier.TimeoutCode
                ? Diagnostics.From(e, "EndpointUnreachable",
                    $"The STS endpoint {endpoints.Resolve(AwsService.Sts, homeRegion).Url} could not be reached ({e.ErrorCode}: {e.Message}); nothing was scanned. " +
                    "Check AWS_ENDPOINT_URL (and AWS_ENDPOINT_URL_STS), the region, and the network or proxy.")
                : Diagnostics.From(e, Diagnostics.CodeFor(e), $"The scanner's identity could not be read from STS ({e.ErrorCode}: {e.Message}); nothing was scanned.");
            return new AwsCollectionResult(new CollectionResult([], [d]), OrganizationContext.None, [], [], []);
        }

        var regions = await RegionsAsync(options, explicitRegions, homeRegion, () => factory.Ec2(ClientOptions(baseCredentials, homeRegion, caller)), diagnostics, ct).ConfigureAwait(false);
        var plan = await AccountDiscovery.PlanAsync(options, factory.Organizations(ClientOptions(baseCredentials, homeRegion, caller)), caller, ct).ConfigureAwait(false);
        foreach (var d in plan.Diagnostics) diagnostics.Enqueue(d);
        log.Write($"latticescan: {plan.Targets.Count} account(s) × {regions.Count} region(s); skipped {plan.Skipped.Count}.");

        var sessions = new AccountSessions(plan.Targets, caller, baseCredentials, sts, options, AwsEndpointResolver.PartitionOf(homeRegion), diagnostics, ct);
        var collected = new BestCopies();
        var scanned = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var tracker = new ProgressTracker(progress, log, diagnostics, plan.Targets, regions.Count);
        var oldGeneration = new OldGenerationBound();

        async Task UnitAsync(string account, string region)
        {
            try
            {
                var credentials = await sessions.ForAsync(account).ConfigureAwait(false);
                if (credentials is null) return;
                scanned[account] = true;
                var o = ClientOptions(credentials, region, account);
                var ec2 = factory.Ec2(o);
                try
                {
                    var (resources, unitDiagnostics) = await new UnitCollector(account, region, factory.VpcLattice(o), factory.Ram(o), ec2,
                        owner => owner != account && sessions.IsPlanned(owner)).RunAsync(ct).ConfigureAwait(false);
                    foreach (var r in resources) collected.Add(r);
                    foreach (var d in unitDiagnostics) diagnostics.Enqueue(d);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    diagnostics.Enqueue(new ScanDiagnostic
                    {
                        Level = DiagnosticLevel.Error, Code = "CollectorError", AccountId = account, Region = region,
                        Message = $"Collection of {account}/{region} stopped: {e.GetType().Name}: {AwsErrorMessage.Sanitize(e.Message)}",
                    });
                }
                finally
                {
                    (ec2 as IDisposable)?.Dispose();
                }
            }
            finally
            {
                if (tracker.UnitDone(account, region))
                {
                    pacer.Forget(account);
                    oldGeneration.Check();
                }
            }
        }

        await Task.WhenAll(plan.Targets.SelectMany(a => regions.Select(r => UnitAsync(a, r)))).ConfigureAwait(false);

        var (backfilled, backfillDiagnostics) = await DetailBackfill.RunAsync(collected.Values, async (account, region) =>
            await sessions.ForAsync(account).ConfigureAwait(false) is { } credentials ? factory.VpcLattice(ClientOptions(credentials, region, account)) : null, ct).ConfigureAwait(false);
        foreach (var r in backfilled) collected.Add(r);
        foreach (var d in backfillDiagnostics) diagnostics.Enqueue(d);
        (sts as IDisposable)?.Dispose();

        var resourcesOut = InventoryMerger.Merge(collected);
        var diagnosticsOut = diagnostics
            .OrderBy(d => d.AccountId ?? "", StringComparer.Ordinal).ThenBy(d => d.Region ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Api ?? "", StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal).ToList();
        log.Write($"latticescan: {resourcesOut.Count} resource(s), {log.Calls} API call(s), {diagnosticsOut.Count(d => d.MakesScanIncomplete)} error(s).");
        return new AwsCollectionResult(new CollectionResult(resourcesOut, diagnosticsOut), plan.Organization,
            scanned.Keys.Order(StringComparer.Ordinal).ToList(), regions, plan.Skipped);
    }

    private static async Task<IReadOnlyList<string>> RegionsAsync(AwsScanOptions options, List<string> explicitRegions, string home,
        Func<Ec2.IEc2Inventory> ec2, ConcurrentQueue<ScanDiagnostic> diagnostics, CancellationToken ct)
    {
        if (options.Regions.Count == 0) return [home];
        if (!options.Regions.Any(r => string.Equals(r, "all", StringComparison.OrdinalIgnoreCase)))
            return explicitRegions.Distinct(StringComparer.Ordinal).ToList();
        var client = ec2();
        try
        {
            var all = await client.DescribeRegionsAsync(allRegions: true, ct).ConfigureAwait(false);
            return all.Where(r => r.OptInStatus is "opt-in-not-required" or "opted-in").Select(r => r.RegionName)
                .Concat(explicitRegions).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        }
        catch (AwsServiceException e)
        {
            diagnostics.Enqueue(Diagnostics.For(e, "The list of enabled regions") with { Message = $"Could not list enabled regions ({e.ErrorCode}: {e.Message}); scanning {home} only." });
            return [home];
        }
        finally
        {
            (client as IDisposable)?.Dispose();
        }
    }
}
