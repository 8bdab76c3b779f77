using System.Globalization;
using Scanner.AwsEmulator.Wire;
using Scanner.AwsEmulator.World;

namespace Scanner.AwsEmulator.Handlers;

/// <summary>EC2 (ec2 query protocol, API 2016-11-15): form-encoded <c>Action=…</c>, XML responses with <c>&lt;item&gt;</c> lists.</summary>
internal sealed class Ec2Handler : IEmulatedHandler
{
    private const string Ns = "http://ec2.amazonaws.com/doc/2016-11-15/";
    private static readonly string[] Operations = ["DescribeRegions", "DescribeVpcEndpoints", "DescribeSecurityGroups", "DescribeNetworkInterfaces", "DescribeVpcs"];

    public EmulatedProtocol Protocol => EmulatedProtocol.Ec2Query;

    public string? Operation(EmulatedRequest request)
    {
        if (request.Method != "POST") return null;
        var action = request.Form().GetValueOrDefault("Action");
        return Operations.Contains(action) ? action : null;
    }

    public EmulatedResponse Handle(EmulatedRequest request, string operation, EmulatedContext ctx)
    {
        var form = request.Form();
        return operation switch
        {
            "DescribeRegions" => Regions(form, ctx),
            "DescribeVpcEndpoints" => VpcEndpoints(form, ctx),
            "DescribeSecurityGroups" => SecurityGroups(form, ctx),
            "DescribeNetworkInterfaces" => NetworkInterfaces(form, ctx),
            "DescribeVpcs" => Vpcs(form, ctx),
            _ => throw new EmulatedBadRequestException("InvalidAction", operation),
        };
    }

    private static List<string> Values(Dictionary<string, string> form, string prefix) =>
        form.Where(kv => kv.Key.StartsWith(prefix + ".", StringComparison.Ordinal) && kv.Key.Count(c => c == '.') == prefix.Count(c => c == '.') + 1)
            .OrderBy(kv => int.Parse(kv.Key[(prefix.Length + 1)..], CultureInfo.InvariantCulture)).Select(kv => kv.Value).ToList();

    private static Dictionary<string, List<string>> Filters(Dictionary<string, string> form)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 1; form.TryGetValue($"Filter.{i}.Name", out var name); i++) result[name] = Values(form, $"Filter.{i}.Value");
        return result;
    }

    private static EmulatedResponse Respond(string operation, Action<XmlOut> body)
    {
        var x = new XmlOut().Open(operation + "Response", Ns).Leaf("requestId", Guid.NewGuid().ToString());
        body(x);
        return EmulatedResponse.Xml("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + x.Close(operation + "Response"));
    }

    private static (IReadOnlyList<T>, string?) Page<T>(Dictionary<string, string> form, EmulatedContext ctx, IReadOnlyList<T> items) =>
        EmulatedPaging.Page(items, form.GetValueOrDefault("NextToken"),
            form.TryGetValue("MaxResults", out var m) ? int.Parse(m, CultureInfo.InvariantCulture) : null, ctx);

    private EmulatedResponse Regions(Dictionary<string, string> form, EmulatedContext ctx)
    {
        var all = form.GetValueOrDefault("AllRegions") == "true";
        var regions = ctx.World.AllRegions.Where(r => all || ctx.Caller.EnabledRegions.Contains(r));
        return Respond("DescribeRegions", x =>
        {
            x.Open("regionInfo");
            foreach (var r in regions)
                x.Open("item").Leaf("regionName", r).Leaf("regionEndpoint", $"ec2.{r}.amazonaws.com")
                    .Leaf("optInStatus", ctx.Caller.EnabledRegions.Contains(r) ? (r.StartsWith("us-", StringComparison.Ordinal) ? "opt-in-not-required" : "opted-in") : "not-opted-in")
                    .Close("item");
            x.Close("regionInfo");
        });
    }

    private EmulatedResponse VpcEndpoints(Dictionary<string, string> form, EmulatedContext ctx)
    {
        var filters = Filters(form);
        var ids = Values(form, "VpcEndpointId");
        var items = ctx.Own.VpcEndpoints
            .Where(e => ids.Count == 0 || ids.Contains(e.Id))
            .Where(e => !filters.TryGetValue("vpc-endpoint-type", out var t) || t.Contains(e.Type, StringComparer.OrdinalIgnoreCase))
            .Where(e => !filters.TryGetValue("vpc-endpoint-id", out var v) || v.Contains(e.Id))
            .ToList();
        var (page, next) = Page(form, ctx, items);
        return Respond("DescribeVpcEndpoints", x =>
        {
            x.Open("vpcEndpointSet");
            foreach (var e in page)
            {
                x.Open("item").Leaf("vpcEndpointId", e.Id).Leaf("vpcEndpointType", e.Type).Leaf("vpcId", e.VpcId).Leaf("state", e.State)
                    .ValueSet("routeTableIdSet", []).ValueSet("subnetIdSet", e.SubnetIds);
                x.Open("groupSet");
                foreach (var g in e.SecurityGroupIds)
                    x.Open("item").Leaf("groupId", g).Leaf("groupName", ctx.Own.SecurityGroups.FirstOrDefault(s => s.Id == g)?.Name ?? g).Close("item");
                x.Close("groupSet");
                x.Leaf("ipAddressType", "ipv4").Leaf("privateDnsEnabled", e.PrivateDnsEnabled).Leaf("requesterManaged", false)
                    .ValueSet("networkInterfaceIdSet", ["eni-" + e.Id[5..]]);
                x.Open("dnsEntrySet").Open("item").Leaf("dnsName", $"{e.Id}.vpce-svc.{ctx.Region}.vpce.amazonaws.com").Leaf("hostedZoneId", "Z0FAKE").Close("item").Close("dnsEntrySet");
                x.Leaf("creationTimestamp", "2024-12-02T10:11:12.000Z").Open("tagSet").Close("tagSet").Leaf("ownerId", ctx.Caller.Id)
                    .Leaf("serviceNetworkArn", e.ServiceNetworkArn).Leaf("resourceConfigurationArn", e.ResourceConfigurationArn);
                x.Close("item");
            }
            x.Close("vpcEndpointSet").Leaf("nextToken", next);
        });
    }

    private EmulatedResponse SecurityGroups(Dictionary<string, string> form, EmulatedContext ctx)
    {
        var filters = Filters(form);
        var ids = Values(form, "GroupId");
        foreach (var id in ids)
            if (ctx.Own.SecurityGroups.All(s => s.Id != id))
                throw new EmulatedBadRequestException("InvalidGroup.NotFound", $"The security group '{id}' does not exist");
        var items = ctx.Own.SecurityGroups
            .Where(s => ids.Count == 0 || ids.Contains(s.Id))
            .Where(s => !filters.TryGetValue("group-id", out var g) || g.Contains(s.Id))
            .ToList();
        var (page, next) = ids.Count > 0 ? (items, null) : Page(form, ctx, items);
        return Respond("DescribeSecurityGroups", x =>
        {
            x.Open("securityGroupInfo");
            foreach (var s in page)
            {
                x.Open("item").Leaf("ownerId", ctx.Caller.Id).Leaf("groupId", s.Id).Leaf("groupName", s.Name).Leaf("groupDescription", s.Description)
                    .Leaf("vpcId", s.VpcId).Leaf("securityGroupArn", EmulatedArns.Ec2(ctx.Region, ctx.Caller.Id, "security-group", s.Id));
                Permissions(x, "ipPermissions", s.Ingress);
                Permissions(x, "ipPermissionsEgress", s.Egress);
                x.Open("tagSet").Close("tagSet").Close("item");
            }
            x.Close("securityGroupInfo").Leaf("nextToken", next);
        });
    }

    private static void Permissions(XmlOut x, string name, IEnumerable<EmulatedPermission> permissions)
    {
        x.Open(name);
        foreach (var p in permissions)
        {
            x.Open("item").Leaf("ipProtocol", p.Protocol).Leaf("fromPort", p.FromPort).Leaf("toPort", p.ToPort);
            x.Open("groups");
            foreach (var (g, u) in p.Groups) x.Open("item").Leaf("userId", u).Leaf("groupId", g).Leaf("description", p.Description).Close("item");
            x.Close("groups").Open("ipRanges");
            foreach (var c in p.Cidrs) x.Open("item").Leaf("cidrIp", c).Leaf("description", p.Description).Close("item");
            x.Close("ipRanges").Open("ipv6Ranges");
            foreach (var c in p.Ipv6Cidrs) x.Open("item").Leaf("cidrIpv6", c).Leaf("description", p.Description).Close("item");
            x.Close("ipv6Ranges").Open("prefixListIds");
            foreach (var c in p.PrefixListIds) x.Open("item").Leaf("prefixListId", c).Leaf("description", p.Description).Close("item");
            x.Close("prefixListIds").Close("item");
        }
        x.Close(name);
    }

    private EmulatedResponse NetworkInterfaces(Dictionary<string, string> form, EmulatedContext ctx)
    {
        var filters = Filters(form);
        var ids = Values(form, "NetworkInterfaceId");
        var items = ctx.Own.NetworkInterfaces
            .Where(n => ids.Count == 0 || ids.Contains(n.Id))
            .Where(n => !filters.TryGetValue("addresses.private-ip-address", out var ips) || n.PrivateIpAddresses.Any(ips.Contains))
            .Where(n => !filters.TryGetValue("network-interface-id", out var v) || v.Contains(n.Id))
            .ToList();
        var (page, next) = Page(form, ctx, items);
        return Respond("DescribeNetworkInterfaces", x =>
        {
            x.Open("networkInterfaceSet");
            foreach (var n in page)
            {
                x.Open("item").Leaf("networkInterfaceId", n.Id).Leaf("subnetId", n.SubnetId).Leaf("vpcId", n.VpcId)
                    .Leaf("availabilityZone", ctx.Region + "a").Leaf("description", n.Description).Leaf("ownerId", ctx.Caller.Id)
                    .Leaf("requesterId", n.RequesterId).Leaf("requesterManaged", n.RequesterManaged).Leaf("status", "in-use")
                    .Leaf("privateIpAddress", n.PrivateIpAddresses.FirstOrDefault());
                x.Open("privateIpAddressesSet");
                for (var i = 0; i < n.PrivateIpAddresses.Count; i++)
                    x.Open("item").Leaf("privateIpAddress", n.PrivateIpAddresses[i]).Leaf("primary", i == 0).Close("item");
                x.Close("privateIpAddressesSet").Leaf("interfaceType", n.InterfaceType).Open("groupSet").Close("groupSet")
                    .Open("tagSet").Close("tagSet").Close("item");
            }
            x.Close("networkInterfaceSet").Leaf("nextToken", next);
        });
    }

    /// <summary>The caller's VPCs (owner-id, vpc-id and state filters; VpcId.N).</summary>
    private EmulatedResponse Vpcs(Dictionary<string, string> form, EmulatedContext ctx)
    {
        var filters = Filters(form);
        var ids = Values(form, "VpcId");
        var items = ctx.Own.VpcIds
            .Where(v => ids.Count == 0 || ids.Contains(v))
            .Where(v => !filters.TryGetValue("vpc-id", out var f) || f.Contains(v))
            .Where(_ => !filters.TryGetValue("owner-id", out var o) || o.Contains(ctx.Caller.Id))
            .Where(_ => !filters.TryGetValue("state", out var st) || st.Contains("available"))
            .ToList();
        var (page, next) = Page(form, ctx, items);
        return Respond("DescribeVpcs", x =>
        {
            x.Open("vpcSet");
            var n = 0;
            foreach (var v in page)
                x.Open("item").Leaf("vpcId", v).Leaf("ownerId", ctx.Caller.Id).Leaf("state", "available")
                    .Leaf("cidrBlock", $"10.{++n}.0.0/16").Leaf("dhcpOptionsId", "dopt-0fake").Leaf("instanceTenancy", "default")
                    .Leaf("isDefault", false).Open("tagSet").Close("tagSet").Close("item");
            x.Close("vpcSet").Leaf("nextToken", next);
        });
    }
}
