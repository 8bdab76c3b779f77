using System.Text.Json;
using Scanner.AwsEmulator.Wire;
using Scanner.AwsEmulator.World;

namespace Scanner.AwsEmulator.Handlers;

/// <summary>VPC Lattice (rest-json, API 2022-11-30): the read operations of the scanner, routed by method and URI.</summary>
internal sealed class LatticeHandler : IEmulatedHandler
{
    public EmulatedProtocol Protocol => EmulatedProtocol.RestJson;

    public string? Operation(EmulatedRequest request)
    {
        if (request.Method != "GET") return null;
        var s = request.RawPath.Trim('/').Split('/');
        return (s[0], s.Length) switch
        {
            ("resourcegateways", 1) => "ListResourceGateways",
            ("resourcegateways", 2) => "GetResourceGateway",
            ("resourceconfigurations", 1) => "ListResourceConfigurations",
            ("resourceconfigurations", 2) => "GetResourceConfiguration",
            ("resourceendpointassociations", 1) => "ListResourceEndpointAssociations",
            ("servicenetworks", 1) => "ListServiceNetworks",
            ("servicenetworks", 2) => "GetServiceNetwork",
            ("servicenetworkresourceassociations", 1) => "ListServiceNetworkResourceAssociations",
            ("servicenetworkvpcassociations", 1) => "ListServiceNetworkVpcAssociations",
            ("servicenetworkvpcassociations", 2) => "GetServiceNetworkVpcAssociation",
            ("servicenetworkvpcendpointassociations", 1) => "ListServiceNetworkVpcEndpointAssociations",
            ("services", 1) => "ListServices",
            ("services", 2) => "GetService",
            ("servicenetworkserviceassociations", 1) => "ListServiceNetworkServiceAssociations",
            ("accesslogsubscriptions", 1) => "ListAccessLogSubscriptions",
            ("authpolicy", 2) => "GetAuthPolicy",
            ("resourcepolicy", 2) => "GetResourcePolicy",
            ("tags", 2) => "ListTagsForResource",
            _ => null,
        };
    }

    public EmulatedResponse Handle(EmulatedRequest request, string operation, EmulatedContext ctx)
    {
        var q = request.Query();
        var segments = request.RawPath.Trim('/').Split('/');
        var label = segments.Length > 1 ? Uri.UnescapeDataString(segments[1]) : "";
        return operation switch
        {
            "ListResourceGateways" => Page(q, ctx, ctx.Own.Gateways, (w, g) => Gateway(w, ctx.Own, g, list: true)),
            "GetResourceGateway" => One(w => Gateway(w, ctx.Own, FindGateway(ctx, label), list: false)),
            "ListResourceConfigurations" => ListConfigurations(q, ctx),
            "GetResourceConfiguration" => One(w => Configuration(w, FindConfiguration(ctx, label), detail: true)),
            "ListResourceEndpointAssociations" => ListResourceEndpointAssociations(q, ctx),
            "ListServiceNetworks" => Page(q, ctx, EmulatedVisibility.ServiceNetworks(ctx).ToList(), (w, x) => Network(w, ctx, x, detail: false)),
            "GetServiceNetwork" => One(w => Network(w, ctx, FindNetwork(ctx, label), detail: true)),
            "ListServiceNetworkResourceAssociations" => ListResourceAssociations(q, ctx),
            "ListServiceNetworkVpcAssociations" => ListVpcAssociations(q, ctx),
            "GetServiceNetworkVpcAssociation" => GetVpcAssociation(ctx, label),
            "ListServiceNetworkVpcEndpointAssociations" => ListEndpointAssociations(q, ctx),
            "ListServices" => Page(q, ctx, EmulatedVisibility.Services(ctx).ToList(), (w, x) => Service(w, x, detail: false)),
            "GetService" => One(w => Service(w, FindService(ctx, label), detail: true)),
            "ListServiceNetworkServiceAssociations" => ListServiceAssociations(q, ctx),
            "ListAccessLogSubscriptions" => ListAccessLogs(q, ctx),
            "GetAuthPolicy" => GetPolicy(ctx, label, auth: true),
            "GetResourcePolicy" => GetPolicy(ctx, label, auth: false),
            "ListTagsForResource" => ListTags(ctx, label),
            _ => throw new EmulatedBadRequestException("UnknownOperationException", operation),
        };
    }

    private static EmulatedResponse One(Action<Utf8JsonWriter> write) => EmulatedResponse.Json(JsonOut.Object(write));

    private static EmulatedResponse Page<T>(Dictionary<string, string> q, EmulatedContext ctx, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        var (page, next) = EmulatedPaging.Page(items, q.GetValueOrDefault("nextToken"),
            q.TryGetValue("maxResults", out var m) && int.TryParse(m, out var n) ? n : null, ctx);
        return EmulatedResponse.Json(JsonOut.Object(w => w.Page("items", page, write, "nextToken", next)));
    }

    private static EmulatedBadRequestException NotFound(string id, string type) => new("ResourceNotFoundException", $"{type} {id} not found", 404);

    private static EmulatedGateway FindGateway(EmulatedContext ctx, string label) =>
        ctx.Own.Gateways.FirstOrDefault(g => g.Id == label || ctx.Own.LatticeArn("resourcegateway", g.Id) == label)
        ?? throw NotFound(label, "ResourceGateway");

    private static (EmulatedRegion, EmulatedConfiguration) FindConfiguration(EmulatedContext ctx, string label) =>
        EmulatedVisibility.Find(ctx, r => r.Configurations, label, "resourceconfiguration", c => c.Id) ?? throw NotFound(label, "ResourceConfiguration");

    private static (EmulatedRegion, EmulatedServiceNetwork) FindNetwork(EmulatedContext ctx, string label) =>
        EmulatedVisibility.Find(ctx, r => r.ServiceNetworks, label, "servicenetwork", n => n.Id) ?? throw NotFound(label, "ServiceNetwork");

    private static (EmulatedRegion, EmulatedService) FindService(EmulatedContext ctx, string label) =>
        EmulatedVisibility.Find(ctx, r => r.Services, label, "service", s => s.Id) ?? throw NotFound(label, "Service");

    private static void Gateway(Utf8JsonWriter w, EmulatedRegion r, EmulatedGateway g, bool list)
    {
        w.WriteString("name", g.Name);
        w.WriteString("id", g.Id);
        w.WriteString("arn", r.LatticeArn("resourcegateway", g.Id));
        w.WriteString("status", "ACTIVE");
        w.WriteString(list ? "vpcIdentifier" : "vpcId", g.VpcId);
        w.Strings("subnetIds", g.SubnetIds);
        w.Strings("securityGroupIds", g.SecurityGroupIds);
        w.WriteString("ipAddressType", g.IpAddressType);
        w.WriteString("resourceConfigDnsResolution", "IN_VPC");
        w.IsoTime("createdAt");
        w.IsoTime("lastUpdatedAt");
    }

    private EmulatedResponse ListConfigurations(Dictionary<string, string> q, EmulatedContext ctx)
    {
        var items = EmulatedVisibility.Configurations(ctx).ToList();
        if (q.TryGetValue("resourceGatewayIdentifier", out var gw))
            items = items.Where(x => x.Config.GatewayId == gw || x.Owner.LatticeArn("resourcegateway", x.Config.GatewayId ?? "") == gw).ToList();
        if (q.TryGetValue("resourceConfigurationGroupIdentifier", out var grp))
            items = items.Where(x => x.Config.GroupId is { } g && (g == grp || x.Owner.LatticeArn("resourceconfiguration", g) == grp)).ToList();
        return Page(q, ctx, items, (w, x) => Configuration(w, x, detail: false));
    }

    private static void Configuration(Utf8JsonWriter w, (EmulatedRegion Owner, EmulatedConfiguration C) x, bool detail)
    {
        var c = x.C;
        w.WriteString("id", c.Id);
        w.WriteString("name", c.Name);
        w.WriteString("arn", x.Owner.LatticeArn("resourceconfiguration", c.Id));
        w.OptString("resourceGatewayId", c.GatewayId);
        w.OptString("resourceConfigurationGroupId", c.GroupId);
        w.WriteString("type", c.Type);
        w.WriteString("status", "ACTIVE");
        w.WriteBoolean("amazonManaged", false);
        w.IsoTime("createdAt");
        w.IsoTime("lastUpdatedAt");
        if (!detail) return;
        w.WriteBoolean("allowAssociationToShareableServiceNetwork", c.AllowAssociationToShareableServiceNetwork);
        if (c.Type != "GROUP")
        {
            w.Strings("portRanges", c.PortRanges);
            w.WriteString("protocol", "TCP");
        }
        if (c.DefinitionType is { } type && c.DefinitionValue is { } value)
        {
            w.WriteStartObject("resourceConfigurationDefinition");
            switch (type)
            {
                case "DNS":
                    w.WriteStartObject("dnsResource");
                    w.WriteString("domainName", value);
                    w.WriteString("ipAddressType", "IPV4");
                    w.WriteEndObject();
                    break;
                case "IP":
                    w.WriteStartObject("ipResource");
                    w.WriteString("ipAddress", value);
                    w.WriteEndObject();
                    break;
                default:
                    w.WriteStartObject("arnResource");
                    w.WriteString("arn", value);
                    w.WriteEndObject();
                    break;
            }
            w.WriteEndObject();
        }
    }

    private static IEnumerable<(EmulatedRegion Owner, EmulatedVpcEndpoint Endpoint)> Endpoints(EmulatedContext ctx, Func<EmulatedVpcEndpoint, bool> filter) =>
        ctx.World.RegionsNamed(ctx.Region).SelectMany(r => r.VpcEndpoints.Where(filter).Select(e => (r, e)));

    private EmulatedResponse ListResourceEndpointAssociations(Dictionary<string, string> q, EmulatedContext ctx)
    {
        var id = q.GetValueOrDefault("resourceConfigurationIdentifier") ?? throw new EmulatedBadRequestException("ValidationException", "resourceConfigurationIdentifier is required");
        var (owner, cfg) = FindConfiguration(ctx, id);
        if (owner.AccountId != ctx.Caller.Id) throw new EmulatedAccessDeniedException();
        var arn = owner.LatticeArn("resourceconfiguration", cfg.Id);
        var items = Endpoints(ctx, e => e.ResourceConfigurationArn == arn).ToList();
        return Page(q, ctx, items, (w, x) =>
        {
            var reaId = "rea-" + x.Endpoint.Id[5..];
            w.WriteString("id", reaId);
            w.WriteString("arn", owner.LatticeArn("resourceendpointassociation", reaId));
            w.WriteString("resourceConfigurationId", cfg.Id);
            w.WriteString("resourceConfigurationArn", arn);
            w.WriteString("resourceConfigurationName", cfg.Name);
            w.WriteString("vpcEndpointId", x.Endpoint.Id);
            w.WriteString("vpcEndpointOwner", x.Owner.AccountId);
            w.WriteString("createdBy", x.Owner.AccountId);
            w.IsoTime("createdAt");
        });
    }

    private static void Network(Utf8JsonWriter w, EmulatedContext ctx, (EmulatedRegion Owner, EmulatedServiceNetwork N) x, bool detail)
    {
        var arn = x.Owner.LatticeArn("servicenetwork", x.N.Id);
        var regions = ctx.World.RegionsNamed(ctx.Region).ToList();
        w.WriteString("id", x.N.Id);
        w.WriteString("name", x.N.Name);
        w.WriteString("arn", x.Owner.LatticeArn("servicenetwork", x.N.Id));
        w.IsoTime("createdAt");
        w.IsoTime("lastUpdatedAt");
        w.WriteNumber("numberOfAssociatedVPCs", regions.Sum(r => r.VpcAssociations.Count(a => a.ServiceNetworkArn == arn)));
        w.WriteNumber("numberOfAssociatedServices", regions.Sum(r => r.ServiceAssociations.Count(a => a.ServiceNetworkArn == arn)));
        if (!detail)
        {
            w.WriteNumber("numberOfAssociatedResourceConfigurations", x.Owner.ResourceAssociations.Count(a => a.ServiceNetworkArn == arn));
            return;
        }
        w.WriteString("authType", x.N.AuthType);
        w.WriteStartObject("sharingConfig");
        w.WriteBoolean("enabled", x.N.SharingEnabled);
        w.WriteEndObject();
    }

    private EmulatedResponse ListResourceAssociations(Dictionary<string, string> q, EmulatedContext ctx)
    {
        var all = ctx.World.RegionsNamed(ctx.Region).SelectMany(r => r.ResourceAssociations.Select(a => (Owner: r, A: a))).ToList();
        IEnumerable<(EmulatedRegion Owner, EmulatedResourceAssociation A)> items;
        if (q.TryGetValue("serviceNetworkIdentifier", out var sn))
        {
            var (owner, net) = FindNetwork(ctx, sn);
            var arn = owner.LatticeArn("servicenetwork", net.Id);
            items = all.Where(x => x.A.ServiceNetworkArn == arn && (x.Owner.AccountId == ctx.Caller.Id || owner.AccountId == ctx.Caller.Id));
        }
        else if (q.TryGetValue("resourceConfigurationIdentifier", out var rc))
        {
            var (owner, cfg) = FindConfiguration(ctx, rc);
            var arn = owner.LatticeArn("resourceconfiguration", cfg.Id);
            items = all.Where(x => x.A.ResourceConfigurationArn == arn && (x.Owner.AccountId == ctx.Caller.Id || owner.AccountId == ctx.Caller.Id));
        }
        else items = all.Where(x => x.Owner.AccountId == ctx.Caller.Id);
        return Page(q, ctx, items.ToList(), (w, x) =>
        {
            var cfgId = x.A.ResourceConfigurationArn[(x.A.ResourceConfigurationArn.LastIndexOf('/') + 1)..];
            w.WriteString("id", x.A.Id);
            w.WriteString("arn", LocalArn(ctx, "servicenetworkresourceassociation", x.A.Id));
            w.WriteString("status", "ACTIVE");
            w.WriteString("createdBy", x.Owner.AccountId);
            w.IsoTime("createdAt");
            w.WriteString("resourceConfigurationId", cfgId);
            w.WriteString("resourceConfigurationArn", x.A.ResourceConfigurationArn);
            w.WriteString("serviceNetworkId", x.A.ServiceNetworkArn[(x.A.ServiceNetworkArn.LastIndexOf('/') + 1)..]);
            w.WriteString("serviceNetworkArn", x.A.ServiceNetworkArn);
            w.WriteStartObject("dnsEntry");
            w.WriteString("domainName", $"{x.A.Id}.{cfgId}.4232ccc.vpc-lattice-rsc.{ctx.Region}.on.aws");
            w.WriteString("hostedZoneId", "Z0FAKE");
            w.WriteEndObject();
            w.WriteBoolean("isManagedAssociation", false);
            w.WriteBoolean("privateDnsEnabled", false);
        });
    }

    private static void Service(Utf8JsonWriter w, (EmulatedRegion Owner, EmulatedService S) x, bool detail)
    {
        var arn = x.Owner.LatticeArn("service", x.S.Id);
        w.WriteString("id", x.S.Id);
        w.WriteString("name", x.S.Name);
        w.WriteString("arn", arn);
        w.IsoTime("createdAt");
        w.IsoTime("lastUpdatedAt");
        w.WriteStartObject("dnsEntry");
        w.WriteString("domainName", $"{x.S.Name}-{x.S.Id[4..]}.7d67968.vpc-lattice-svcs.{x.Owner.Name}.on.aws");
        w.WriteString("hostedZoneId", "Z0FAKE");
        w.WriteEndObject();
        w.OptString("customDomainName", x.S.CustomDomainName);
        w.WriteString("status", "ACTIVE");
        if (!detail) return;
        w.WriteString("authType", x.S.AuthType);
    }

    /// <summary>
    /// The documented constraint the shapes cannot encode: "You must provide either the service network identifier or
    /// the service identifier." Each account sees the associations it takes part in (it created one, owns the network or
    /// owns the service), under an ARN with its own account id.
    /// </summary>
    private EmulatedResponse ListServiceAssociations(Dictionary<string, string> q, EmulatedContext ctx)
    {
        var hasNetwork = q.TryGetValue("serviceNetworkIdentifier", out var sn);
        var hasService = q.TryGetValue("serviceIdentifier", out var svc);
        if (!hasNetwork && !hasService) throw EmulatedBadRequestException.Validation("You must provide either serviceNetworkIdentifier or serviceIdentifier.");
        var all = ctx.World.RegionsNamed(ctx.Region).SelectMany(r => r.ServiceAssociations.Select(a => (Owner: r, A: a)))
            .Where(x => x.Owner.AccountId == ctx.Caller.Id || EmulatedVisibility.AccountOf(x.A.ServiceNetworkArn) == ctx.Caller.Id
                        || EmulatedVisibility.AccountOf(x.A.ServiceArn) == ctx.Caller.Id);
        if (hasNetwork)
        {
            var (owner, net) = FindNetwork(ctx, sn!);
            var arn = owner.LatticeArn("servicenetwork", net.Id);
            all = all.Where(x => x.A.ServiceNetworkArn == arn);
        }
        if (hasService)
        {
            var (owner, service) = FindService(ctx, svc!);
            var arn = owner.LatticeArn("service", service.Id);
            all = all.Where(x => x.A.ServiceArn == arn);
        }
        return Page(q, ctx, all.ToList(), (w, x) =>
        {
            var serviceId = x.A.ServiceArn[(x.A.ServiceArn.LastIndexOf('/') + 1)..];
            w.WriteString("id", x.A.Id);
            w.WriteString("status", "ACTIVE");
            w.WriteString("arn", LocalArn(ctx, "servicenetworkserviceassociation", x.A.Id));
            w.WriteString("createdBy", x.Owner.AccountId);
            w.IsoTime("createdAt");
            w.WriteString("serviceId", serviceId);
            w.WriteString("serviceName", "service");
            w.WriteString("serviceArn", x.A.ServiceArn);
            w.WriteString("serviceNetworkId", x.A.ServiceNetworkArn[(x.A.ServiceNetworkArn.LastIndexOf('/') + 1)..]);
            w.WriteString("serviceNetworkName", "network");
            w.WriteString("serviceNetworkArn", x.A.ServiceNetworkArn);
        });
    }

    /// <summary>
    /// An association exists in the VPC owner's account and in the service network's account; each account sees it under
    /// an ARN with its own account id ("the association includes the local account ID as the prefix in the ARN").
    /// </summary>
    private static string LocalArn(EmulatedContext ctx, string type, string id) => EmulatedArns.Lattice(ctx.Region, ctx.Caller.Id, type, id);

    private static string NetworkAccount(EmulatedVpcAssociation a) => EmulatedVisibility.AccountOf(a.ServiceNetworkArn);

    private static void VpcAssociation(Utf8JsonWriter w, EmulatedContext ctx, EmulatedRegion owner, EmulatedVpcAssociation a, bool detail)
    {
        w.WriteString("id", a.Id);
        w.WriteString("arn", LocalArn(ctx, "servicenetworkvpcassociation", a.Id));
        w.WriteString("status", "ACTIVE");
        w.WriteString("createdBy", owner.AccountId);
        w.IsoTime("createdAt");
        w.WriteString("serviceNetworkId", a.ServiceNetworkArn[(a.ServiceNetworkArn.LastIndexOf('/') + 1)..]);
        w.WriteString("serviceNetworkName", "network");
        w.WriteString("serviceNetworkArn", a.ServiceNetworkArn);
        w.WriteString("vpcId", a.VpcId);
        w.WriteBoolean("privateDnsEnabled", true);
        w.IsoTime("lastUpdatedAt");
        if (detail) w.Strings("securityGroupIds", a.SecurityGroupIds);
    }

    /// <summary>A VPC named by id or by EC2 ARN (<c>arn:aws:ec2:region:account:vpc/vpc-…</c>).</summary>
    private static string VpcIdOf(string identifier) =>
        identifier.StartsWith("arn:", StringComparison.Ordinal) && identifier.LastIndexOf("vpc/", StringComparison.Ordinal) is var i and >= 0
            ? identifier[(i + 4)..] : identifier;

    /// <summary>
    /// The documented constraint the shapes cannot encode: "You must provide either the ID of the service network
    /// identifier or the ID of the VPC." By network: the associations the caller takes part in (its VPCs, or all of them
    /// when it owns the network). By VPC: the caller's own VPC's associations, shared-in networks included.
    /// </summary>
    private EmulatedResponse ListVpcAssociations(Dictionary<string, string> q, EmulatedContext ctx)
    {
        var hasNetwork = q.TryGetValue("serviceNetworkIdentifier", out var sn);
        var hasVpc = q.TryGetValue("vpcIdentifier", out var vpc);
        if (!hasNetwork && !hasVpc) throw EmulatedBadRequestException.Validation("You must provide either serviceNetworkIdentifier or vpcIdentifier.");
        var all = ctx.World.RegionsNamed(ctx.Region).SelectMany(r => r.VpcAssociations.Select(a => (Owner: r, A: a)))
            .Where(x => x.Owner.AccountId == ctx.Caller.Id || NetworkAccount(x.A) == ctx.Caller.Id);
        if (hasNetwork)
        {
            var (owner, net) = FindNetwork(ctx, sn!);
            var arn = owner.LatticeArn("servicenetwork", net.Id);
            all = all.Where(x => x.A.ServiceNetworkArn == arn);
        }
        if (hasVpc)
        {
            var vpcId = VpcIdOf(vpc!);
            all = all.Where(x => x.Owner.AccountId == ctx.Caller.Id && x.A.VpcId == vpcId);
        }
        return Page(q, ctx, all.ToList(), (w, x) => VpcAssociation(w, ctx, x.Owner, x.A, detail: false));
    }

    private EmulatedResponse GetVpcAssociation(EmulatedContext ctx, string label)
    {
        var found = ctx.World.RegionsNamed(ctx.Region).SelectMany(r => r.VpcAssociations.Select(a => (Owner: r, A: a)))
            .Where(x => x.Owner.AccountId == ctx.Caller.Id || NetworkAccount(x.A) == ctx.Caller.Id)
            .FirstOrDefault(x => x.A.Id == label || LocalArn(ctx, "servicenetworkvpcassociation", x.A.Id) == label);
        if (found.A is null) throw NotFound(label, "ServiceNetworkVpcAssociation");
        return One(w => VpcAssociation(w, ctx, found.Owner, found.A, detail: true));
    }

    private EmulatedResponse ListEndpointAssociations(Dictionary<string, string> q, EmulatedContext ctx)
    {
        var id = q.GetValueOrDefault("serviceNetworkIdentifier") ?? throw new EmulatedBadRequestException("ValidationException", "serviceNetworkIdentifier is required");
        var (owner, net) = FindNetwork(ctx, id);
        if (owner.AccountId != ctx.Caller.Id) throw new EmulatedAccessDeniedException();
        var arn = owner.LatticeArn("servicenetwork", net.Id);
        var items = Endpoints(ctx, e => e.ServiceNetworkArn == arn).ToList();
        return Page(q, ctx, items, (w, x) =>
        {
            w.WriteString("vpcEndpointId", x.Endpoint.Id);
            w.WriteString("vpcId", x.Endpoint.VpcId);
            w.WriteString("vpcEndpointOwnerId", x.Owner.AccountId);
            w.WriteString("id", "snea-" + x.Endpoint.Id[5..]);
            w.WriteString("state", "ACTIVE");
            w.WriteString("serviceNetworkArn", arn);
            w.IsoTime("createdAt");
        });
    }

    /// <summary>Owner-only: the resource (configuration, network or service) by id or ARN, AccessDenied for anyone else.</summary>
    private static OwnedResource OwnedTarget(EmulatedContext ctx, string identifier)
    {
        OwnedResource found;
        if (EmulatedVisibility.Find(ctx, r => r.Configurations, identifier, "resourceconfiguration", c => c.Id) is { } c)
            found = new(c.Owner, c.Owner.LatticeArn("resourceconfiguration", c.Item.Id)) { Config = c.Item };
        else if (EmulatedVisibility.Find(ctx, r => r.ServiceNetworks, identifier, "servicenetwork", n => n.Id) is { } n)
            found = new(n.Owner, n.Owner.LatticeArn("servicenetwork", n.Item.Id)) { Network = n.Item };
        else if (EmulatedVisibility.Find(ctx, r => r.Services, identifier, "service", s => s.Id) is { } svc)
            found = new(svc.Owner, svc.Owner.LatticeArn("service", svc.Item.Id)) { Service = svc.Item };
        else if (ctx.Own.Gateways.FirstOrDefault(g => ctx.Own.LatticeArn("resourcegateway", g.Id) == identifier) is { } g)
            found = new(ctx.Own, identifier);
        else throw NotFound(identifier, "Resource");
        if (found.Owner.AccountId != ctx.Caller.Id) throw new EmulatedAccessDeniedException();
        return found;
    }

    private EmulatedResponse ListAccessLogs(Dictionary<string, string> q, EmulatedContext ctx)
    {
        var id = q.GetValueOrDefault("resourceIdentifier") ?? throw new EmulatedBadRequestException("ValidationException", "resourceIdentifier is required");
        var target = OwnedTarget(ctx, id);
        var items = target.Owner.AccessLogs.Where(l => l.ResourceArn == target.Arn).ToList();
        return Page(q, ctx, items, (w, l) =>
        {
            w.WriteString("id", l.Id);
            w.WriteString("arn", target.Owner.LatticeArn("accesslogsubscription", l.Id));
            w.WriteString("resourceId", l.ResourceArn[(l.ResourceArn.LastIndexOf('/') + 1)..]);
            w.WriteString("resourceArn", l.ResourceArn);
            w.WriteString("destinationArn", l.DestinationArn);
            w.OptString("serviceNetworkLogType", l.ServiceNetworkLogType);
            w.IsoTime("createdAt");
            w.IsoTime("lastUpdatedAt");
        });
    }

    private EmulatedResponse GetPolicy(EmulatedContext ctx, string label, bool auth)
    {
        var target = OwnedTarget(ctx, label);
        var policy = auth ? target.Network?.AuthPolicy ?? target.Service?.AuthPolicy
            : target.Network?.ResourcePolicy ?? target.Config?.ResourcePolicy ?? target.Service?.ResourcePolicy;
        if (policy is null) throw NotFound(label, auth ? "AuthPolicy" : "ResourcePolicy");
        return One(w =>
        {
            w.WriteString("policy", policy);
            if (!auth) return;
            w.WriteString("state", (target.Network?.AuthType ?? target.Service?.AuthType) == "AWS_IAM" ? "Active" : "Inactive");
            w.IsoTime("createdAt");
            w.IsoTime("lastUpdatedAt");
        });
    }

    private EmulatedResponse ListTags(EmulatedContext ctx, string arn)
    {
        var target = OwnedTarget(ctx, arn);
        var tags = target.Owner.Tags.GetValueOrDefault(target.Arn) ?? [];
        return One(w =>
        {
            w.WriteStartObject("tags");
            foreach (var (k, v) in tags) w.WriteString(k, v);
            w.WriteEndObject();
        });
    }
}
