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
    private readonly List<string> _ownServices = [];
    private readonly Func<string, bool> _scannedElsewhere;
    private bool _regionDown;

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
        await GatewaysAsync(ct).ConfigureAwait(false);
        await ConfigurationsAsync(ct).ConfigureAwait(false);
        await ServiceNetworksAsync(ct).ConfigureAwait(false);
        await VpcAssociationsAsync(ct).ConfigureAwait(false);
        await ServicesAsync(ct).ConfigureAwait(false);
        await ServiceAssociationsAsync(ct).ConfigureAwait(false);
        await SharesAsync(ResourceOwner.Self, ct).ConfigureAwait(false);
        await SharesAsync(ResourceOwner.OtherAccounts, ct).ConfigureAwait(false);
        await EndpointsAsync(ct).ConfigureAwait(false);
        await SecurityGroupsAsync(ct).ConfigureAwait(false);
        return (_resources, _diagnostics);
    }

    private bool Owned(string? arn) => Arn.AccountOf(arn) == _account;

    /// <summary>Read the detail of a listed item: always for own resources, for shared ones only when the owner is not scanned.</summary>
    private bool WantDetail(string arn) => WantDetailOf(Arn.AccountOf(arn));

    private bool WantDetailOf(string? owner) => owner == _account || owner is null || !_scannedElsewhere(owner);

    private void Add(Resource r, bool detail) => _resources.Add(new CollectedResource(r, _account, detail));

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
                _regionDown = true;
                _diagnostics.Add(Diagnostics.From(e, "RegionUnavailable",
                    $"The credentials for {_account} are not accepted in {_region} ({e.ErrorCode}: {e.Message}); the region is probably not enabled. Nothing more was read there."));
            }
            else _diagnostics.Add(Diagnostics.For(e, what));
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException && Diagnostics.IsMalformedResponse(e))
        {
            _diagnostics.Add(Diagnostics.Malformed(e, what, _account, _region));
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

    private async Task GatewaysAsync(CancellationToken ct)
    {
        // ListResourceGateways returns gateways "that you own or that were shared with you": a shared one is read in
        // detail (by ARN) only when its owner is not scanned, and its security groups live in the owner's account.
        foreach (var g in await ListAsync("Resource gateways", () => _lattice.ListResourceGatewaysAsync(ct), ct).ConfigureAwait(false))
        {
            var detail = WantDetail(g.Arn)
                ? await GetAsync($"Resource gateway {g.Id}", () => _lattice.GetResourceGatewayAsync(Owned(g.Arn) ? g.Id : g.Arn, ct)).ConfigureAwait(false)
                : null;
            var gateway = detail ?? g;
            if (Owned(gateway.Arn)) foreach (var sg in gateway.SecurityGroupIds ?? []) _securityGroupIds.Add(sg);
            Add(LatticeMapper.Gateway(gateway, _region, await TagsAsync(gateway.Arn, ct).ConfigureAwait(false)), detail is not null);
        }
    }

    private async Task ConfigurationsAsync(CancellationToken ct)
    {
        var listed = await ListAsync("Resource configurations", () => _lattice.ListResourceConfigurationsAsync(ct: ct), ct).ConfigureAwait(false);
        var byArn = listed.GroupBy(c => c.Arn, StringComparer.Ordinal).Select(g => g.First()).ToList();
        foreach (var group in byArn.Where(c => c.Type == "GROUP" && Owned(c.Arn)).ToList())
            foreach (var child in await ListAsync($"Children of {group.Id}", () => _lattice.ListResourceConfigurationsAsync(null, group.Id, ct), ct).ConfigureAwait(false))
                if (byArn.All(c => c.Arn != child.Arn)) byArn.Add(child);

        var details = new List<(ResourceConfiguration Config, bool Detail, IReadOnlyDictionary<string, string>? Tags)>();
        foreach (var c in byArn)
        {
            var detail = WantDetail(c.Arn)
                ? await GetAsync($"Resource configuration {c.Id}", () => _lattice.GetResourceConfigurationAsync(c.Arn, ct)).ConfigureAwait(false)
                : null;
            var config = detail ?? c;
            IReadOnlyDictionary<string, string>? tags = null;
            if (Owned(config.Arn))
            {
                await AccessLogsAsync(config.Arn, ct).ConfigureAwait(false);
                foreach (var a in await ListAsync($"Endpoint associations of {config.Id}", () => _lattice.ListResourceEndpointAssociationsAsync(config.Id, ct), ct).ConfigureAwait(false))
                    if (a.VpcEndpointId is not null && a.VpcEndpointOwner is not null) Add(LatticeMapper.ConsumerEndpoint(a, config.Arn, _region), detail: false);
                if (await GetOptionalAsync($"Resource policy of {config.Id}", () => _lattice.GetResourcePolicyAsync(config.Arn, ct)).ConfigureAwait(false) is { Length: > 0 } policy)
                    Add(LatticeMapper.ResourcePolicy(policy, config.Arn, _region), detail: true);
                foreach (var a in await ListAsync($"Service-network associations of {config.Id}",
                             () => _lattice.ListServiceNetworkResourceAssociationsAsync(resourceConfigurationIdentifier: config.Arn, ct: ct), ct).ConfigureAwait(false))
                    Add(LatticeMapper.ResourceAssociation(a, _region), detail: true);
                tags = await TagsAsync(config.Arn, ct).ConfigureAwait(false);
            }
            details.Add((config, detail is not null, tags));
        }

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
            Add(LatticeMapper.Configuration(config, _region, eni, tags, m => _diagnostics.Add(Diagnostics.InvalidValue(m, _account, _region))), detail);
        }
    }

    private async Task AccessLogsAsync(string targetArn, CancellationToken ct)
    {
        foreach (var l in await ListAsync($"Access-log subscriptions of {targetArn}", () => _lattice.ListAccessLogSubscriptionsAsync(targetArn, ct), ct).ConfigureAwait(false))
            Add(LatticeMapper.AccessLog(l, _region), detail: true);
    }

    private async Task ServiceNetworksAsync(CancellationToken ct)
    {
        foreach (var n in await ListAsync("Service networks", () => _lattice.ListServiceNetworksAsync(ct), ct).ConfigureAwait(false))
        {
            var detail = WantDetail(n.Arn)
                ? await GetAsync($"Service network {n.Id}", () => _lattice.GetServiceNetworkAsync(n.Arn, ct)).ConfigureAwait(false)
                : null;
            var network = detail ?? n;
            _visibleNetworks.Add(network.Arn);
            IReadOnlyDictionary<string, string>? tags = null;
            if (Owned(network.Arn))
            {
                if (await GetOptionalAsync($"Auth policy of {network.Id}", () => _lattice.GetAuthPolicyAsync(network.Arn, ct)).ConfigureAwait(false) is { } auth)
                    Add(LatticeMapper.AuthPolicy(auth, network.Arn, _region), detail: true);
                if (await GetOptionalAsync($"Resource policy of {network.Id}", () => _lattice.GetResourcePolicyAsync(network.Arn, ct)).ConfigureAwait(false) is { Length: > 0 } policy)
                    Add(LatticeMapper.ResourcePolicy(policy, network.Arn, _region), detail: true);
                await AccessLogsAsync(network.Arn, ct).ConfigureAwait(false);
                foreach (var a in await ListAsync($"Endpoint associations of {network.Id}", () => _lattice.ListServiceNetworkVpcEndpointAssociationsAsync(network.Arn, ct), ct).ConfigureAwait(false))
                {
                    Add(LatticeMapper.EndpointAssociation(a, network.Arn, _region), detail: true);
                    if (a.VpcEndpointId is not null && a.VpcEndpointOwnerId is not null) Add(LatticeMapper.ConsumerEndpoint(a, network.Arn, _region), detail: false);
                }
                foreach (var a in await ListAsync($"Resource associations of {network.Id}",
                             () => _lattice.ListServiceNetworkResourceAssociationsAsync(network.Arn, includeChildren: true, ct: ct), ct).ConfigureAwait(false))
                    Add(LatticeMapper.ResourceAssociation(a, _region), detail: true);
                tags = await TagsAsync(network.Arn, ct).ConfigureAwait(false);
            }
            Add(LatticeMapper.ServiceNetwork(network, _region, tags), detail is not null);
        }
    }

    /// <summary>
    /// ListServiceNetworkVpcAssociations needs a filter ("You must provide either the ID of the service network
    /// identifier or the ID of the VPC"). Listed per service network the account sees (its own: every VPC joined to it,
    /// any account's; shared-in: the account's own VPCs joined to it) and per VPC the account owns (its VPCs joined to
    /// any network, a network shared in from outside the scan included), merged by the association's identity. The
    /// association belongs to the VPC owner (createdBy); the network owner sees its own copy of it. Detail (security
    /// groups) is read by the VPC owner, or by the network owner when the VPC owner is not scanned.
    /// </summary>
    private async Task VpcAssociationsAsync(CancellationToken ct)
    {
        var listed = new Dictionary<string, ServiceNetworkVpcAssociation>(StringComparer.Ordinal);
        void Keep(IEnumerable<ServiceNetworkVpcAssociation> items)
        {
            foreach (var a in items) listed.TryAdd(AssociationIdentity.Canonical(a.Arn, a.CreatedBy).Arn, a);
        }

        foreach (var network in _visibleNetworks.Distinct(StringComparer.Ordinal).ToList())
            Keep(await ListAsync($"VPC associations of service network {network}",
                () => _lattice.ListServiceNetworkVpcAssociationsAsync(serviceNetworkIdentifier: network, ct: ct), ct).ConfigureAwait(false));
        var vpcs = await ListAsync("VPCs", () => _ec2.DescribeVpcsAsync(_account, ct), ct).ConfigureAwait(false);
        foreach (var vpc in vpcs.Select(v => v.VpcId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())
            Keep(await ListAsync($"Service-network VPC associations of {vpc}",
                () => _lattice.ListServiceNetworkVpcAssociationsAsync(vpcIdentifier: vpc, ct: ct), ct).ConfigureAwait(false));

        foreach (var a in listed.Values)
        {
            var owner = AssociationIdentity.Canonical(a.Arn, a.CreatedBy).Account;
            var detail = WantDetailOf(owner)
                ? await GetAsync($"VPC association {a.Id}", () => _lattice.GetServiceNetworkVpcAssociationAsync(a.Arn, ct)).ConfigureAwait(false)
                : null;
            var association = detail ?? a;
            if (owner == _account) foreach (var sg in association.SecurityGroupIds ?? []) _securityGroupIds.Add(sg);
            Add(LatticeMapper.VpcAssociation(association, _region), detail is not null);
        }
    }

    /// <summary>
    /// ListServices returns services "owned by the caller account or shared with the caller account". The auth type is
    /// only in GetService (read for own services, and for shared ones whose owner is not scanned); auth policy, resource
    /// policy, access logs and tags are owner-only reads.
    /// </summary>
    private async Task ServicesAsync(CancellationToken ct)
    {
        foreach (var s in await ListAsync("Services", () => _lattice.ListServicesAsync(ct), ct).ConfigureAwait(false))
        {
            var detail = WantDetail(s.Arn)
                ? await GetAsync($"Service {s.Id}", () => _lattice.GetServiceAsync(Owned(s.Arn) ? s.Id : s.Arn, ct)).ConfigureAwait(false)
                : null;
            var service = detail ?? s;
            IReadOnlyDictionary<string, string>? tags = null;
            if (Owned(service.Arn))
            {
                _ownServices.Add(service.Arn);
                if (await GetOptionalAsync($"Auth policy of {service.Id}", () => _lattice.GetAuthPolicyAsync(service.Arn, ct)).ConfigureAwait(false) is { } auth)
                    Add(LatticeMapper.AuthPolicy(auth, service.Arn, _region), detail: true);
                if (await GetOptionalAsync($"Resource policy of {service.Id}", () => _lattice.GetResourcePolicyAsync(service.Arn, ct)).ConfigureAwait(false) is { Length: > 0 } policy)
                    Add(LatticeMapper.ResourcePolicy(policy, service.Arn, _region), detail: true);
                await AccessLogsAsync(service.Arn, ct).ConfigureAwait(false);
                tags = await TagsAsync(service.Arn, ct).ConfigureAwait(false);
            }
            Add(LatticeMapper.Service(service, _region, tags), detail is not null);
        }
    }

    /// <summary>
    /// ListServiceNetworkServiceAssociations needs a filter ("You must provide either the service network identifier or
    /// the service identifier"). Listed per service network the account sees (its own: every service placed in it, any
    /// account's; shared-in: the account's own services in it) and per service the account owns (in any network, a
    /// network shared in from outside the scan included), merged by the association's identity: the account that created
    /// it (createdBy) owns it, the other side sees its own copy under its own account's ARN.
    /// </summary>
    private async Task ServiceAssociationsAsync(CancellationToken ct)
    {
        var listed = new Dictionary<string, ServiceNetworkServiceAssociation>(StringComparer.Ordinal);
        void Keep(IEnumerable<ServiceNetworkServiceAssociation> items)
        {
            foreach (var a in items) listed.TryAdd(AssociationIdentity.Canonical(a.Arn, a.CreatedBy).Arn, a);
        }

        foreach (var network in _visibleNetworks.Distinct(StringComparer.Ordinal).ToList())
            Keep(await ListAsync($"Service associations of service network {network}",
                () => _lattice.ListServiceNetworkServiceAssociationsAsync(serviceNetworkIdentifier: network, ct: ct), ct).ConfigureAwait(false));
        foreach (var service in _ownServices.Distinct(StringComparer.Ordinal).ToList())
            Keep(await ListAsync($"Service-network associations of service {service}",
                () => _lattice.ListServiceNetworkServiceAssociationsAsync(serviceIdentifier: service, ct: ct), ct).ConfigureAwait(false));
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
        var principalsRead = owner == ResourceOwner.Self && await TryAsync($"Principals of RAM shares {side} the account", async () =>
        {
            await foreach (var p in _ram.GetResourceShareAssociationsAsync("PRINCIPAL", arns, ct).WithCancellation(ct).ConfigureAwait(false)) principals.Add(p);
        }).ConfigureAwait(false);

        foreach (var share in lattice)
        {
            IReadOnlyList<string>? permissions = null;
            if (owner == ResourceOwner.Self)
            {
                var list = await ListAsync($"Permissions of {share.ResourceShareArn}", () => _ram.ListResourceSharePermissionsAsync(share.ResourceShareArn, ct), ct).ConfigureAwait(false);
                permissions = list.Select(p => p.Arn).ToList();
            }
            var mine = principalsRead ? principals.Where(p => p.ResourceShareArn == share.ResourceShareArn).ToList() : null;
            Add(RamMapper.Share(share, _region, byShare.GetValueOrDefault(share.ResourceShareArn) ?? [], mine, permissions,
                sharedWithCaller: owner == ResourceOwner.OtherAccounts), detail: owner == ResourceOwner.Self);
        }
    }

    private async Task EndpointsAsync(CancellationToken ct)
    {
        foreach (var e in await ListAsync("VPC endpoints", () => _ec2.DescribeVpcEndpointsAsync(EndpointTypes, ct), ct).ConfigureAwait(false))
        {
            foreach (var g in e.Groups ?? []) if (g.GroupId is not null) _securityGroupIds.Add(g.GroupId);
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
