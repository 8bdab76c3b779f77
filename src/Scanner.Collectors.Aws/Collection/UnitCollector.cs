using Scanner.Collectors.Aws.Ec2;
using Scanner.Collectors.Aws.Mapping;
using Scanner.Collectors.Aws.Protocol;
using Scanner.Collectors.Aws.Ram;
using Scanner.Collectors.Aws.VpcLattice;
using Scanner.Core.Aws;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.Aws.Collection;

/// <summary>
/// Collects one account in one region. Every API call is guarded: a failure becomes one diagnostic for that call and
/// the rest goes on, keeping what was read before (including earlier pages). Owner-only reads (access logs, policies,
/// tags, endpoint associations) are made only for resources the account owns — the ARN's account — so consumers never
/// produce the AccessDenied those calls give them. Credentials that stop working in the region (not enabled, expired)
/// end the unit with a single diagnostic.
/// <para>
/// Calls that do not need each other's answers run side by side: after the first list (which also tells whether the
/// region takes the credentials), every top-level list, and then every item's detail reads, start at once, so the
/// unit takes as long as its longest chain of dependent calls, not the sum of its calls; the request pacer keeps each
/// API within the rate AWS accepts. The output does not depend on the order answers arrive in.
/// </para>
/// </summary>
internal sealed class UnitCollector
{
    private static readonly string[] EndpointTypes = ["Resource", "ServiceNetwork"];

    private readonly string _account;
    private readonly string _region;
    private readonly IVpcLatticeClient _lattice;
    private readonly IRamClient _ram;
    private readonly IEc2Inventory _ec2;
    private readonly List<CollectedResource> _resources = [];
    private readonly List<ScanDiagnostic> _diagnostics = [];
    private readonly HashSet<string> _securityGroupIds = new(StringComparer.Ordinal);
    private readonly List<string> _visibleNetworks = [];
    private readonly Func<string, bool> _scannedElsewhere;
    private readonly object _lock = new();

    /// <summary>Set once the service networks are listed: their VPC associations are listed without waiting for their details.</summary>
    private readonly TaskCompletionSource _networksListed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _regionDown;

    /// <param name="scannedElsewhere">
    /// True for accounts this scan reads itself: their resources, seen here only because they are shared, are not read in
    /// detail again (the owner's view wins anyway, and every consumer calling Get for every shared item is O(accounts²)).
    /// </param>
    public UnitCollector(string account, string region, IVpcLatticeClient lattice, IRamClient ram, IEc2Inventory ec2, Func<string, bool>? scannedElsewhere = null)
    {
        _account = account;
        _region = region;
        _lattice = lattice;
        _ram = ram;
        _ec2 = ec2;
        _scannedElsewhere = scannedElsewhere ?? (_ => false);
    }

    public async Task<(IReadOnlyList<CollectedResource> Resources, IReadOnlyList<ScanDiagnostic> Diagnostics)> RunAsync(CancellationToken ct)
    {
        var gateways = await ListAsync("Resource gateways", () => _lattice.ListResourceGatewaysAsync(ct), ct).ConfigureAwait(false);
        if (!_regionDown)
        {
            var networks = ServiceNetworksAsync(ct);
            var vpcs = ListAsync("VPCs", () => _ec2.DescribeVpcsAsync(_account, ct), ct);
            await Task.WhenAll(
                GatewaysAsync(gateways, ct),
                ConfigurationsAsync(ct),
                networks,
                VpcAssociationsAsync(vpcs, ct),
                ServicesAndAssociationsAsync(ct),
                SharesAsync(ResourceOwner.Self, ct),
                SharesAsync(ResourceOwner.OtherAccounts, ct),
                EndpointsAsync(ct)).ConfigureAwait(false);
            await SecurityGroupsAsync(ct).ConfigureAwait(false);
        }
        return (_resources, _diagnostics);
    }

    /// <summary>Runs <paramref name="action"/> for every item at once; results keep the items' order.</summary>
    private static Task<TResult[]> EachAsync<T, TResult>(IEnumerable<T> items, Func<T, Task<TResult>> action) => Task.WhenAll(items.Select(action));

    private static Task EachAsync<T>(IEnumerable<T> items, Func<T, Task> action) => Task.WhenAll(items.Select(action));

    private void AddSecurityGroups(IEnumerable<string> ids)
    {
        lock (_lock) foreach (var id in ids) _securityGroupIds.Add(id);
    }

    private bool Owned(string? arn) => Arn.AccountOf(arn) == _account;

    /// <summary>Read the detail of a listed item: always for own resources, for shared ones only when the owner is not scanned.</summary>
    private bool WantDetail(string arn) => WantDetailOf(Arn.AccountOf(arn));

    private bool WantDetailOf(string? owner) => owner == _account || owner is null || !_scannedElsewhere(owner);

    private void Add(Resource r, bool detail)
    {
        lock (_lock) _resources.Add(new CollectedResource(r, _account, detail));
    }

    private void Report(ScanDiagnostic d)
    {
        lock (_lock) _diagnostics.Add(d);
    }

    private async Task<bool> TryAsync(string what, Func<Task> action)
    {
        if (_regionDown) return false;
        try
        {
            await action().ConfigureAwait(false);
            return true;
        }
        catch (AwsServiceException e)
        {
            if (e.IsAuthFailure)
            {
                lock (_lock)
                {
                    // Calls already in flight when the region turned out unavailable fail the same way: one diagnostic.
                    if (_regionDown) return false;
                    _regionDown = true;
                    _diagnostics.Add(Diagnostics.From(e, "RegionUnavailable",
                        $"The credentials for {_account} are not accepted in {_region} ({e.ErrorCode}: {e.Message}); the region is probably not enabled. Nothing more was read there."));
                }
            }
            else Report(Diagnostics.For(e, what));
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException && Diagnostics.IsMalformedResponse(e))
        {
            Report(Diagnostics.Malformed(e, what, _account, _region));
            return false;
        }
    }

    private async Task<List<T>> ListAsync<T>(string what, Func<IAsyncEnumerable<T>> source, CancellationToken ct)
    {
        var items = new List<T>();
        await TryAsync(what, async () =>
        {
            await foreach (var item in source().WithCancellation(ct).ConfigureAwait(false)) items.Add(item);
        }).ConfigureAwait(false);
        return items;
    }

    private async Task<T?> GetAsync<T>(string what, Func<Task<T>> get) where T : class
    {
        T? result = null;
        await TryAsync(what, async () => result = await get().ConfigureAwait(false)).ConfigureAwait(false);
        return result;
    }

    /// <summary>A read whose "nothing there" answer is null (no policy attached).</summary>
    private async Task<T?> GetOptionalAsync<T>(string what, Func<Task<T?>> get) where T : class
    {
        T? result = null;
        await TryAsync(what, async () => result = await get().ConfigureAwait(false)).ConfigureAwait(false);
        return result;
    }

    private async Task<IReadOnlyDictionary<string, string>?> TagsAsync(string arn, CancellationToken ct) =>
        Owned(arn) ? await GetAsync($"Tags of {arn}", () => _lattice.ListTagsForResourceAsync(arn, ct)).ConfigureAwait(false) : null;

    private Task GatewaysAsync(IReadOnlyList<ResourceGateway> listed, CancellationToken ct) =>
        // ListResourceGateways returns gateways "that you own or that were shared with you": a shared one is read in
        // detail (by ARN) only when its owner is not scanned, and its security groups live in the owner's account.
        // Tags are keyed by the listed ARN, so they are read beside the detail, not after it.
        EachAsync(listed, async g =>
        {
            var detailTask = WantDetail(g.Arn)
                ? GetAsync($"Resource gateway {g.Id}", () => _lattice.GetResourceGatewayAsync(Owned(g.Arn) ? g.Id : g.Arn, ct))
                : Task.FromResult<ResourceGateway?>(null);
            var tagsTask = TagsAsync(g.Arn, ct);
            var detail = await detailTask.ConfigureAwait(false);
            var tags = await tagsTask.ConfigureAwait(false);
            var gateway = detail ?? g;
            if (Owned(gateway.Arn)) AddSecurityGroups(gateway.SecurityGroupIds ?? []);
            Add(LatticeMapper.Gateway(gateway, _region, tags), detail is not null);
        });

    private async Task ConfigurationsAsync(CancellationToken ct)
    {
        var listed = await ListAsync("Resource configurations", () => _lattice.ListResourceConfigurationsAsync(ct: ct), ct).ConfigureAwait(false);
        var byArn = listed.GroupBy(c => c.Arn, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var children = await EachAsync(byArn.Where(c => c.Type == "GROUP" && Owned(c.Arn)).ToList(),
            group => ListAsync($"Children of {group.Id}", () => _lattice.ListResourceConfigurationsAsync(null, group.Id, ct), ct)).ConfigureAwait(false);
        foreach (var child in children.SelectMany(c => c))
            if (byArn.All(c => c.Arn != child.Arn)) byArn.Add(child);

        // The owner-only reads need only the listed ARN and id: they run beside the detail read.
        var details = await EachAsync(byArn, async c =>
        {
            var detailTask = WantDetail(c.Arn)
                ? GetAsync($"Resource configuration {c.Id}", () => _lattice.GetResourceConfigurationAsync(c.Arn, ct))
                : Task.FromResult<ResourceConfiguration?>(null);
            Task<IReadOnlyDictionary<string, string>?> tagsTask = Task.FromResult<IReadOnlyDictionary<string, string>?>(null);
            Task owned = Task.CompletedTask;
            if (Owned(c.Arn))
            {
                tagsTask = TagsAsync(c.Arn, ct);
                owned = Task.WhenAll(
                    AccessLogsAsync(c.Arn, ct),
                    Task.Run(async () =>
                    {
                        foreach (var a in await ListAsync($"Endpoint associations of {c.Id}", () => _lattice.ListResourceEndpointAssociationsAsync(c.Id, ct), ct).ConfigureAwait(false))
                            if (a.VpcEndpointId is not null && a.VpcEndpointOwner is not null) Add(LatticeMapper.ConsumerEndpoint(a, c.Arn, _region), detail: false);
                    }, ct),
                    Task.Run(async () =>
                    {
                        if (await GetOptionalAsync($"Resource policy of {c.Id}", () => _lattice.GetResourcePolicyAsync(c.Arn, ct)).ConfigureAwait(false) is { Length: > 0 } policy)
                            Add(LatticeMapper.ResourcePolicy(policy, c.Arn, _region), detail: true);
                    }, ct),
                    Task.Run(async () =>
                    {
                        foreach (var a in await ListAsync($"Service-network associations of {c.Id}",
                                     () => _lattice.ListServiceNetworkResourceAssociationsAsync(resourceConfigurationIdentifier: c.Arn, ct: ct), ct).ConfigureAwait(false))
                            Add(LatticeMapper.ResourceAssociation(a, _region), detail: true);
                    }, ct));
            }
            var detail = await detailTask.ConfigureAwait(false);
            await owned.ConfigureAwait(false);
            return (Config: detail ?? c, Detail: detail is not null, Tags: await tagsTask.ConfigureAwait(false));
        }).ConfigureAwait(false);

        var ipTargets = details.Where(d => Owned(d.Config.Arn) && d.Config.Definition is { Type: "IP", IpAddress: not null })
            .Select(d => d.Config.Definition!.IpAddress!).Distinct().ToList();
        var interfaceByIp = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ipTargets.Count > 0)
        {
            foreach (var eni in await ListAsync("Network interfaces of IP targets", () => _ec2.DescribeNetworkInterfacesAsync(ipTargets, ct), ct).ConfigureAwait(false))
            {
                var resource = Ec2Mapper.NetworkInterface(eni, _region, _account);
                Add(resource, detail: true);
                foreach (var ip in (eni.PrivateIpAddresses ?? []).Select(a => a.PrivateIpAddress).Append(eni.PrivateIpAddress).OfType<string>())
                    interfaceByIp.TryAdd(ip, resource.Key);
            }
        }
        foreach (var (config, detail, tags) in details)
        {
            var eni = config.Definition?.IpAddress is { } ip && Owned(config.Arn) ? interfaceByIp.GetValueOrDefault(ip) : null;
            Add(LatticeMapper.Configuration(config, _region, eni, tags, m => Report(Diagnostics.InvalidValue(m, _account, _region))), detail);
        }
    }

    private async Task AccessLogsAsync(string targetArn, CancellationToken ct)
    {
        foreach (var l in await ListAsync($"Access-log subscriptions of {targetArn}", () => _lattice.ListAccessLogSubscriptionsAsync(targetArn, ct), ct).ConfigureAwait(false))
            Add(LatticeMapper.AccessLog(l, _region), detail: true);
    }

    private async Task ServiceNetworksAsync(CancellationToken ct)
    {
        List<ServiceNetwork> listed;
        try
        {
            listed = await ListAsync("Service networks", () => _lattice.ListServiceNetworksAsync(ct), ct).ConfigureAwait(false);
            lock (_lock) _visibleNetworks.AddRange(listed.Select(n => n.Arn));
        }
        finally
        {
            _networksListed.TrySetResult();
        }
        await EachAsync(listed, async n =>
        {
            var detailTask = WantDetail(n.Arn)
                ? GetAsync($"Service network {n.Id}", () => _lattice.GetServiceNetworkAsync(n.Arn, ct))
                : Task.FromResult<ServiceNetwork?>(null);
            Task<IReadOnlyDictionary<string, string>?> tagsTask = Task.FromResult<IReadOnlyDictionary<string, string>?>(null);
            Task owned = Task.CompletedTask;
            if (Owned(n.Arn))
            {
                tagsTask = TagsAsync(n.Arn, ct);
                owned = Task.WhenAll(
                    Task.Run(async () =>
                    {
                        if (await GetOptionalAsync($"Auth policy of {n.Id}", () => _lattice.GetAuthPolicyAsync(n.Arn, ct)).ConfigureAwait(false) is { } auth)
                            Add(LatticeMapper.AuthPolicy(auth, n.Arn, _region), detail: true);
                    }, ct),
                    Task.Run(async () =>
                    {
                        if (await GetOptionalAsync($"Resource policy of {n.Id}", () => _lattice.GetResourcePolicyAsync(n.Arn, ct)).ConfigureAwait(false) is { Length: > 0 } policy)
                            Add(LatticeMapper.ResourcePolicy(policy, n.Arn, _region), detail: true);
                    }, ct),
                    AccessLogsAsync(n.Arn, ct),
                    Task.Run(async () =>
                    {
                        foreach (var a in await ListAsync($"Endpoint associations of {n.Id}", () => _lattice.ListServiceNetworkVpcEndpointAssociationsAsync(n.Arn, ct), ct).ConfigureAwait(false))
                        {
                            Add(LatticeMapper.EndpointAssociation(a, n.Arn, _region), detail: true);
                            if (a.VpcEndpointId is not null && a.VpcEndpointOwnerId is not null) Add(LatticeMapper.ConsumerEndpoint(a, n.Arn, _region), detail: false);
                        }
                    }, ct),
                    Task.Run(async () =>
                    {
                        foreach (var a in await ListAsync($"Resource associations of {n.Id}",
                                     () => _lattice.ListServiceNetworkResourceAssociationsAsync(n.Arn, includeChildren: true, ct: ct), ct).ConfigureAwait(false))
                            Add(LatticeMapper.ResourceAssociation(a, _region), detail: true);
                    }, ct));
            }
            var detail = await detailTask.ConfigureAwait(false);
            await owned.ConfigureAwait(false);
            Add(LatticeMapper.ServiceNetwork(detail ?? n, _region, await tagsTask.ConfigureAwait(false)), detail is not null);
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// ListServiceNetworkVpcAssociations needs a filter ("You must provide either the ID of the service network
    /// identifier or the ID of the VPC"). Listed per service network the account sees (its own: every VPC joined to it,
    /// any account's; shared-in: the account's own VPCs joined to it) and per VPC the account owns (its VPCs joined to
    /// any network, a network shared in from outside the scan included), merged by the association's identity. The
    /// association belongs to the VPC owner (createdBy); the network owner sees its own copy of it. Detail (security
    /// groups) is read by the VPC owner, or by the network owner when the VPC owner is not scanned.
    /// </summary>
    /// <param name="vpcs">The account's own VPCs (ec2:DescribeVpcs).</param>
    private async Task VpcAssociationsAsync(Task<List<Amazon.EC2.Model.Vpc>> vpcs, CancellationToken ct)
    {
        var byNetwork = Task.Run(async () =>
        {
            await _networksListed.Task.ConfigureAwait(false);
            List<string> networks;
            lock (_lock) networks = _visibleNetworks.Distinct(StringComparer.Ordinal).ToList();
            return await EachAsync(networks, network => ListAsync($"VPC associations of service network {network}",
                () => _lattice.ListServiceNetworkVpcAssociationsAsync(serviceNetworkIdentifier: network, ct: ct), ct)).ConfigureAwait(false);
        }, ct);
        var byVpc = Task.Run(async () =>
        {
            var ids = (await vpcs.ConfigureAwait(false)).Select(v => v.VpcId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return await EachAsync(ids, vpc => ListAsync($"Service-network VPC associations of {vpc}",
                () => _lattice.ListServiceNetworkVpcAssociationsAsync(vpcIdentifier: vpc, ct: ct), ct)).ConfigureAwait(false);
        }, ct);

        // Merged in a fixed order (networks, then VPCs, each in list order), whatever order the answers came in.
        var listed = new Dictionary<string, ServiceNetworkVpcAssociation>(StringComparer.Ordinal);
        foreach (var a in (await byNetwork.ConfigureAwait(false)).Concat(await byVpc.ConfigureAwait(false)).SelectMany(l => l))
            listed.TryAdd(AssociationIdentity.Canonical(a.Arn, a.CreatedBy).Arn, a);

        await EachAsync(listed.Values, async a =>
        {
            var owner = AssociationIdentity.Canonical(a.Arn, a.CreatedBy).Account;
            var detail = WantDetailOf(owner)
                ? await GetAsync($"VPC association {a.Id}", () => _lattice.GetServiceNetworkVpcAssociationAsync(a.Arn, ct)).ConfigureAwait(false)
                : null;
            var association = detail ?? a;
            if (owner == _account) AddSecurityGroups(association.SecurityGroupIds ?? []);
            Add(LatticeMapper.VpcAssociation(association, _region), detail is not null);
        }).ConfigureAwait(false);
    }

    /// <summary>Services, then their service-network associations (which need the own services and the listed networks).</summary>
    private async Task ServicesAndAssociationsAsync(CancellationToken ct)
    {
        var ownServices = await ServicesAsync(ct).ConfigureAwait(false);
        await ServiceAssociationsAsync(ownServices, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// ListServices returns services "owned by the caller account or shared with the caller account". The auth type is
    /// only in GetService (read for own services, and for shared ones whose owner is not scanned); auth policy, resource
    /// policy, access logs and tags are owner-only reads, made beside the detail read. Returns the ARNs of the services
    /// the account owns.
    /// </summary>
    private async Task<IReadOnlyList<string>> ServicesAsync(CancellationToken ct)
    {
        var listed = await ListAsync("Services", () => _lattice.ListServicesAsync(ct), ct).ConfigureAwait(false);
        await EachAsync(listed, async s =>
        {
            var detailTask = WantDetail(s.Arn)
                ? GetAsync($"Service {s.Id}", () => _lattice.GetServiceAsync(Owned(s.Arn) ? s.Id : s.Arn, ct))
                : Task.FromResult<Service?>(null);
            Task<IReadOnlyDictionary<string, string>?> tagsTask = Task.FromResult<IReadOnlyDictionary<string, string>?>(null);
            Task owned = Task.CompletedTask;
            if (Owned(s.Arn))
            {
                tagsTask = TagsAsync(s.Arn, ct);
                owned = Task.WhenAll(
                    Task.Run(async () =>
                    {
                        if (await GetOptionalAsync($"Auth policy of {s.Id}", () => _lattice.GetAuthPolicyAsync(s.Arn, ct)).ConfigureAwait(false) is { } auth)
                            Add(LatticeMapper.AuthPolicy(auth, s.Arn, _region), detail: true);
                    }, ct),
                    Task.Run(async () =>
                    {
                        if (await GetOptionalAsync($"Resource policy of {s.Id}", () => _lattice.GetResourcePolicyAsync(s.Arn, ct)).ConfigureAwait(false) is { Length: > 0 } policy)
                            Add(LatticeMapper.ResourcePolicy(policy, s.Arn, _region), detail: true);
                    }, ct),
                    AccessLogsAsync(s.Arn, ct));
            }
            var detail = await detailTask.ConfigureAwait(false);
            await owned.ConfigureAwait(false);
            Add(LatticeMapper.Service(detail ?? s, _region, await tagsTask.ConfigureAwait(false)), detail is not null);
        }).ConfigureAwait(false);
        return listed.Where(s => Owned(s.Arn)).Select(s => s.Arn).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// ListServiceNetworkServiceAssociations needs a filter ("You must provide either the service network identifier or
    /// the service identifier"). Listed per service network the account sees (its own: every service placed in it, any
    /// account's; shared-in: the account's own services in it) and per service the account owns (in any network, a
    /// network shared in from outside the scan included), merged by the association's identity: the account that created
    /// it (createdBy) owns it, the other side sees its own copy under its own account's ARN.
    /// </summary>
    private async Task ServiceAssociationsAsync(IReadOnlyList<string> ownServices, CancellationToken ct)
    {
        await _networksListed.Task.ConfigureAwait(false);
        List<string> networks;
        lock (_lock) networks = _visibleNetworks.Distinct(StringComparer.Ordinal).ToList();
        var byNetwork = EachAsync(networks, network => ListAsync($"Service associations of service network {network}",
            () => _lattice.ListServiceNetworkServiceAssociationsAsync(serviceNetworkIdentifier: network, ct: ct), ct));
        var byService = EachAsync(ownServices, service => ListAsync($"Service-network associations of service {service}",
            () => _lattice.ListServiceNetworkServiceAssociationsAsync(serviceIdentifier: service, ct: ct), ct));

        // Merged in a fixed order (networks, then services, each in list order), whatever order the answers came in.
        var listed = new Dictionary<string, ServiceNetworkServiceAssociation>(StringComparer.Ordinal);
        foreach (var a in (await byNetwork.ConfigureAwait(false)).Concat(await byService.ConfigureAwait(false)).SelectMany(l => l))
            listed.TryAdd(AssociationIdentity.Canonical(a.Arn, a.CreatedBy).Arn, a);
        foreach (var a in listed.Values) Add(LatticeMapper.ServiceAssociation(a, _region), detail: true);
    }

    private async Task SharesAsync(ResourceOwner owner, CancellationToken ct)
    {
        var side = owner == ResourceOwner.Self ? "owned by" : "shared with";
        // Only ACTIVE shares are in force: without the status filter RAM also returns deleted (and failed) shares, whose
        // principals would read as live sharing.
        var shares = await ListAsync($"RAM shares {side} the account", () => _ram.GetResourceSharesAsync(owner, "ACTIVE", ct), ct).ConfigureAwait(false);
        if (shares.Count == 0) return;
        var resources = new List<SharedResource>();
        var resourcesRead = await TryAsync($"Resources of RAM shares {side} the account", async () =>
        {
            await foreach (var r in _ram.ListResourcesAsync(owner, ct: ct).WithCancellation(ct).ConfigureAwait(false)) resources.Add(r);
        }).ConfigureAwait(false);
        var byShare = resources.GroupBy(r => r.ResourceShareArn, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Arn).Distinct().ToList(), StringComparer.Ordinal);
        var lattice = shares.Where(s => !resourcesRead || byShare.GetValueOrDefault(s.ResourceShareArn)?.Any(a => Arn.TryParse(a)?.Service == "vpc-lattice") == true).ToList();
        if (lattice.Count == 0) return;
        var arns = lattice.Select(s => s.ResourceShareArn).ToList();

        // Principals are read for owned shares only: GetResourceShareAssociations covers "resource shares that you own",
        // and ListPrincipals with OTHER-ACCOUNTS names the accounts sharing with the caller, not whom else a share
        // reaches. A consumer's view of a share leaves its principals unknown.
        var principals = new List<ResourceShareAssociation>();
        var principalsTask = owner == ResourceOwner.Self
            ? TryAsync($"Principals of RAM shares {side} the account", async () =>
            {
                await foreach (var p in _ram.GetResourceShareAssociationsAsync("PRINCIPAL", arns, ct).WithCancellation(ct).ConfigureAwait(false)) principals.Add(p);
            })
            : Task.FromResult(false);
        var permissionLists = await EachAsync(lattice, async share => owner == ResourceOwner.Self
            ? (await ListAsync($"Permissions of {share.ResourceShareArn}", () => _ram.ListResourceSharePermissionsAsync(share.ResourceShareArn, ct), ct).ConfigureAwait(false))
                .Select(p => p.Arn).ToList()
            : null).ConfigureAwait(false);
        var principalsRead = await principalsTask.ConfigureAwait(false);

        foreach (var (share, permissions) in lattice.Zip(permissionLists))
        {
            var mine = principalsRead ? principals.Where(p => p.ResourceShareArn == share.ResourceShareArn).ToList() : null;
            Add(RamMapper.Share(share, _region, byShare.GetValueOrDefault(share.ResourceShareArn) ?? [], mine, permissions,
                sharedWithCaller: owner == ResourceOwner.OtherAccounts), detail: owner == ResourceOwner.Self);
        }
    }

    private async Task EndpointsAsync(CancellationToken ct)
    {
        foreach (var e in await ListAsync("VPC endpoints", () => _ec2.DescribeVpcEndpointsAsync(EndpointTypes, ct), ct).ConfigureAwait(false))
        {
            AddSecurityGroups((e.Groups ?? []).Select(g => g.GroupId).OfType<string>());
            Add(Ec2Mapper.Endpoint(e, _region, _account), detail: true);
        }
    }

    private async Task SecurityGroupsAsync(CancellationToken ct)
    {
        if (_securityGroupIds.Count == 0) return;
        var ids = _securityGroupIds.Order(StringComparer.Ordinal).ToList();
        foreach (var g in await ListAsync("Security groups", () => _ec2.DescribeSecurityGroupsAsync(ids, ct), ct).ConfigureAwait(false))
            Add(Ec2Mapper.SecurityGroup(g, _region, _account), detail: true);
    }
}
