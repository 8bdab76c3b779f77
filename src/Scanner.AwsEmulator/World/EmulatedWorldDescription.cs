using System.Globalization;
using System.Text.Json;

namespace Scanner.AwsEmulator.World;

/// <summary>
/// Builds a <see cref="EmulatedWorld"/> from a compact description written in AWS's own shapes (the member names of the
/// service models: Organizations and EC2 in PascalCase, VPC Lattice and RAM in camelCase). It is what a rule case's
/// <c>live</c> form states AWS returns; nothing in it is derived from another case form.
/// <code>
/// organization:                       # Organizations DescribeOrganization / ListAccounts / ListOrganizationalUnitsForParent
///   Id: o-abcd1234
///   MasterAccountId: "111111111111"   # the scanner's account
///   OrganizationalUnits: [ { Id: ou-ab12-11111111, Name: Workloads } ]
///   Accounts: [ { Id: "111111111111", Name: management }, { Id: "222222222222", Name: prod, ParentId: ou-ab12-11111111 } ]
/// accounts:                           # what each account owns, by account id and region (accounts outside the organization too)
///   "222222222222":
///     us-east-1:
///       resourceGateways: [ { id: rgw-1, name: gw, vpcIdentifier: vpc-1, subnetIds: [subnet-1], securityGroupIds: [sg-1] } ]
///       securityGroups: [ { GroupId: sg-1, GroupName: gw, VpcId: vpc-1, IpPermissions: [ … ] } ]
/// </code>
/// Every member account gets the scanner's read-only role; every account enables every region the description names.
/// Unknown fields are errors naming their path, so a misspelt field cannot silently leave a resource out.
/// </summary>
public static class EmulatedWorldDescription
{
    /// <summary>The role every member account trusts the scanner with.</summary>
    public const string RoleName = "LatticeScanReadOnly";

    /// <summary>The region the scanner signs STS and Organizations calls for.</summary>
    public const string HomeRegion = "us-east-1";

    public static EmulatedWorld Load(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Load(doc.RootElement);
    }

    public static EmulatedWorld Load(JsonElement root)
    {
        var top = Fields(root, "", "organization", "accounts");
        if (!top.TryGetValue("organization", out var org)) throw Error("", "missing 'organization' (Id, MasterAccountId, Accounts): the scanner runs as its management account");
        var orgFields = Fields(org, "organization", "Id", "MasterAccountId", "RootId", "OrganizationalUnits", "Accounts");
        var management = Required(orgFields, "organization", "MasterAccountId");
        var world = new EmulatedWorld(Required(orgFields, "organization", "Id"), management, OptionalString(orgFields, "RootId") ?? "r-ab12");

        var resources = top.TryGetValue("accounts", out var a) ? Entries(a, "accounts") : [];
        world.AllRegions.Add(HomeRegion);
        foreach (var (_, regions) in resources)
        foreach (var (region, _) in Entries(regions, "accounts"))
            if (!world.AllRegions.Contains(region)) world.AllRegions.Add(region);

        foreach (var (ou, i) in Items(orgFields, "OrganizationalUnits", "organization"))
        {
            var path = $"organization.OrganizationalUnits[{i}]";
            var f = Fields(ou, path, "Id", "Name", "ParentId");
            world.OrganizationalUnits.Add(new EmulatedOrganizationalUnit(Required(f, path, "Id"), Required(f, path, "Name"), OptionalString(f, "ParentId") ?? world.RootId));
        }
        foreach (var (account, i) in Items(orgFields, "Accounts", "organization"))
        {
            var path = $"organization.Accounts[{i}]";
            var f = Fields(account, path, "Id", "Name", "Status", "ParentId");
            var added = world.AddAccount(Required(f, path, "Id"), OptionalString(f, "Name") ?? "account", OptionalString(f, "ParentId"));
            added.Status = OptionalString(f, "Status") ?? "ACTIVE";
            added.RoleNames.Add(RoleName);
        }
        if (world.Account(management) is null) world.AddAccount(management, "management").RoleNames.Add(RoleName);

        foreach (var (accountId, regions) in resources)
        {
            var account = world.Account(accountId);
            if (account is null)
            {
                account = world.AddAccount(accountId, "external", null);
                account.InOrganization = false;
                account.ParentId = null;
            }
            foreach (var (region, content) in Entries(regions, $"accounts.{accountId}"))
                LoadRegion(account.Region(region), content, $"accounts.{accountId}.{region}");
        }
        return world;
    }

    private static void LoadRegion(EmulatedRegion r, JsonElement content, string path)
    {
        var f = Fields(content, path, "resourceGateways", "resourceConfigurations", "serviceNetworks", "services", "serviceNetworkServiceAssociations",
            "serviceNetworkVpcAssociations", "serviceNetworkResourceAssociations", "accessLogSubscriptions", "resourceShares", "vpcEndpoints", "securityGroups",
            "networkInterfaces", "vpcs");
        foreach (var (x, p) in Each(f, "resourceGateways", path))
        {
            var g = Fields(x, p, "id", "name", "vpcIdentifier", "subnetIds", "securityGroupIds", "ipAddressType", "tags");
            var id = Required(g, p, "id");
            r.Gateways.Add(new EmulatedGateway(id, OptionalString(g, "name") ?? id, Required(g, p, "vpcIdentifier"), Strings(g, "subnetIds", p), Strings(g, "securityGroupIds", p))
            {
                IpAddressType = OptionalString(g, "ipAddressType") ?? "IPV4",
            });
            Tags(r, r.LatticeArn("resourcegateway", id), g, p);
        }
        foreach (var (x, p) in Each(f, "resourceConfigurations", path))
        {
            var c = Fields(x, p, "id", "name", "type", "resourceGatewayId", "resourceConfigurationGroupId", "portRanges",
                "resourceConfigurationDefinition", "allowAssociationToShareableServiceNetwork", "resourcePolicy", "tags");
            var id = Required(c, p, "id");
            var (defType, defValue) = c.TryGetValue("resourceConfigurationDefinition", out var d) ? Definition(d, p + ".resourceConfigurationDefinition") : (null, null);
            r.Configurations.Add(new EmulatedConfiguration(id, OptionalString(c, "name") ?? id, OptionalString(c, "resourceGatewayId"), OptionalString(c, "type") ?? "SINGLE")
            {
                PortRanges = Strings(c, "portRanges", p),
                DefinitionType = defType,
                DefinitionValue = defValue,
                AllowAssociationToShareableServiceNetwork = Bool(c, "allowAssociationToShareableServiceNetwork", p) ?? false,
                GroupId = OptionalString(c, "resourceConfigurationGroupId"),
                ResourcePolicy = Policy(c, "resourcePolicy"),
            });
            Tags(r, r.LatticeArn("resourceconfiguration", id), c, p);
        }
        foreach (var (x, p) in Each(f, "serviceNetworks", path))
        {
            var n = Fields(x, p, "id", "name", "authType", "sharingConfig", "authPolicy", "resourcePolicy", "tags");
            var id = Required(n, p, "id");
            var sharing = n.TryGetValue("sharingConfig", out var s) ? Fields(s, p + ".sharingConfig", "enabled") : [];
            r.ServiceNetworks.Add(new EmulatedServiceNetwork(id, OptionalString(n, "name") ?? id, OptionalString(n, "authType") ?? "NONE")
            {
                SharingEnabled = Bool(sharing, "enabled", p + ".sharingConfig") ?? false,
                AuthPolicy = Policy(n, "authPolicy"),
                ResourcePolicy = Policy(n, "resourcePolicy"),
            });
            Tags(r, r.LatticeArn("servicenetwork", id), n, p);
        }
        foreach (var (x, p) in Each(f, "services", path))
        {
            var v = Fields(x, p, "id", "name", "authType", "customDomainName", "authPolicy", "resourcePolicy", "tags");
            var id = Required(v, p, "id");
            r.Services.Add(new EmulatedService(id, OptionalString(v, "name") ?? id, OptionalString(v, "authType") ?? "NONE")
            {
                CustomDomainName = OptionalString(v, "customDomainName"),
                AuthPolicy = Policy(v, "authPolicy"),
                ResourcePolicy = Policy(v, "resourcePolicy"),
            });
            Tags(r, r.LatticeArn("service", id), v, p);
        }
        foreach (var (x, p) in Each(f, "serviceNetworkServiceAssociations", path))
        {
            var v = Fields(x, p, "id", "serviceNetworkArn", "serviceArn");
            r.ServiceAssociations.Add(new EmulatedServiceAssociation(Required(v, p, "id"), Required(v, p, "serviceNetworkArn"), Required(v, p, "serviceArn")));
        }
        foreach (var (x, p) in Each(f, "serviceNetworkVpcAssociations", path))
        {
            var v = Fields(x, p, "id", "serviceNetworkArn", "vpcId", "securityGroupIds");
            r.VpcAssociations.Add(new EmulatedVpcAssociation(Required(v, p, "id"), Required(v, p, "serviceNetworkArn"), Required(v, p, "vpcId"), Strings(v, "securityGroupIds", p)));
        }
        foreach (var (x, p) in Each(f, "serviceNetworkResourceAssociations", path))
        {
            var v = Fields(x, p, "id", "serviceNetworkArn", "resourceConfigurationArn");
            r.ResourceAssociations.Add(new EmulatedResourceAssociation(Required(v, p, "id"), Required(v, p, "serviceNetworkArn"), Required(v, p, "resourceConfigurationArn")));
        }
        foreach (var (x, p) in Each(f, "accessLogSubscriptions", path))
        {
            var v = Fields(x, p, "id", "resourceArn", "destinationArn", "serviceNetworkLogType");
            r.AccessLogs.Add(new EmulatedAccessLog(Required(v, p, "id"), Required(v, p, "resourceArn"), Required(v, p, "destinationArn"))
            {
                ServiceNetworkLogType = OptionalString(v, "serviceNetworkLogType"),
            });
        }
        foreach (var (x, p) in Each(f, "resourceShares", path))
        {
            // CreateResourceShare's members: the share's name (also its id here), resources and principals.
            var v = Fields(x, p, "name", "allowExternalPrincipals", "resourceArns", "principals", "status");
            var name = Required(v, p, "name");
            r.Shares.Add(new EmulatedShare(name, name, Bool(v, "allowExternalPrincipals", p) ?? true, Strings(v, "resourceArns", p), Strings(v, "principals", p))
            {
                Status = OptionalString(v, "status") ?? "ACTIVE",
            });
        }
        foreach (var (x, p) in Each(f, "vpcEndpoints", path))
        {
            var v = Fields(x, p, "VpcEndpointId", "VpcEndpointType", "VpcId", "SubnetIds", "Groups", "ResourceConfigurationArn", "ServiceNetworkArn",
                "PrivateDnsEnabled", "State");
            var groups = Each(v, "Groups", p).Select(g => Required(Fields(g.Item, g.Path, "GroupId", "GroupName"), g.Path, "GroupId")).ToList();
            r.VpcEndpoints.Add(new EmulatedVpcEndpoint(Required(v, p, "VpcEndpointId"), Required(v, p, "VpcEndpointType"), Required(v, p, "VpcId"))
            {
                SubnetIds = Strings(v, "SubnetIds", p),
                SecurityGroupIds = groups,
                ResourceConfigurationArn = OptionalString(v, "ResourceConfigurationArn"),
                ServiceNetworkArn = OptionalString(v, "ServiceNetworkArn"),
                PrivateDnsEnabled = Bool(v, "PrivateDnsEnabled", p) ?? false,
                State = OptionalString(v, "State") ?? "available",
            });
        }
        foreach (var (x, p) in Each(f, "securityGroups", path))
        {
            var v = Fields(x, p, "GroupId", "GroupName", "VpcId", "Description", "IpPermissions", "IpPermissionsEgress");
            var id = Required(v, p, "GroupId");
            var group = new EmulatedSecurityGroup(id, OptionalString(v, "GroupName") ?? id, Required(v, p, "VpcId"))
            {
                Description = OptionalString(v, "Description") ?? "",
                Ingress = Each(v, "IpPermissions", p).Select(e => Permission(e.Item, e.Path)).ToList(),
            };
            // A group AWS creates allows all outbound traffic until its egress rules are written.
            if (v.ContainsKey("IpPermissionsEgress")) group = group with { Egress = Each(v, "IpPermissionsEgress", p).Select(e => Permission(e.Item, e.Path)).ToList() };
            r.SecurityGroups.Add(group);
        }
        foreach (var (x, p) in Each(f, "networkInterfaces", path))
        {
            var v = Fields(x, p, "NetworkInterfaceId", "VpcId", "SubnetId", "PrivateIpAddresses", "InterfaceType", "RequesterId", "RequesterManaged", "Description");
            var ips = Each(v, "PrivateIpAddresses", p).Select(e => Required(Fields(e.Item, e.Path, "PrivateIpAddress", "Primary"), e.Path, "PrivateIpAddress")).ToList();
            r.NetworkInterfaces.Add(new EmulatedNetworkInterface(Required(v, p, "NetworkInterfaceId"), Required(v, p, "VpcId"), Required(v, p, "SubnetId"), ips)
            {
                InterfaceType = OptionalString(v, "InterfaceType") ?? "interface",
                RequesterId = OptionalString(v, "RequesterId"),
                RequesterManaged = Bool(v, "RequesterManaged", p) ?? false,
                Description = OptionalString(v, "Description") ?? "",
            });
        }
        foreach (var (x, p) in Each(f, "vpcs", path)) r.Vpcs.Add(Required(Fields(x, p, "VpcId"), p, "VpcId"));
    }

    private static EmulatedPermission Permission(JsonElement e, string path)
    {
        var f = Fields(e, path, "IpProtocol", "FromPort", "ToPort", "IpRanges", "Ipv6Ranges", "PrefixListIds", "UserIdGroupPairs");
        var descriptions = new List<string>();
        List<string> Peers(string list, string member) => Each(f, list, path).Select(x =>
        {
            var peer = Fields(x.Item, x.Path, member, "Description", "UserId");
            if (OptionalString(peer, "Description") is { } d) descriptions.Add(d);
            return Required(peer, x.Path, member);
        }).ToList();
        var cidrs = Peers("IpRanges", "CidrIp");
        var ipv6 = Peers("Ipv6Ranges", "CidrIpv6");
        var prefixes = Peers("PrefixListIds", "PrefixListId");
        var groups = Each(f, "UserIdGroupPairs", path).Select(x =>
        {
            var pair = Fields(x.Item, x.Path, "GroupId", "UserId", "Description");
            if (OptionalString(pair, "Description") is { } d) descriptions.Add(d);
            return (Required(pair, x.Path, "GroupId"), OptionalString(pair, "UserId") ?? "");
        }).ToList();
        return new EmulatedPermission(Required(f, path, "IpProtocol"), Int(f, "FromPort", path), Int(f, "ToPort", path))
        {
            Cidrs = cidrs, Ipv6Cidrs = ipv6, PrefixListIds = prefixes, Groups = groups, Description = descriptions.FirstOrDefault(),
        };
    }

    private static (string? Type, string? Value) Definition(JsonElement d, string path)
    {
        var f = Fields(d, path, "dnsResource", "ipResource", "arnResource");
        if (f.TryGetValue("dnsResource", out var dns)) return ("DNS", Required(Fields(dns, path + ".dnsResource", "domainName", "ipAddressType"), path + ".dnsResource", "domainName"));
        if (f.TryGetValue("ipResource", out var ip)) return ("IP", Required(Fields(ip, path + ".ipResource", "ipAddress"), path + ".ipResource", "ipAddress"));
        if (f.TryGetValue("arnResource", out var arn)) return ("ARN", Required(Fields(arn, path + ".arnResource", "arn"), path + ".arnResource", "arn"));
        throw Error(path, "needs one of dnsResource, ipResource, arnResource");
    }

    /// <summary>A policy document: the JSON text AWS returns, written either as that text or as a mapping.</summary>
    private static string? Policy(Dictionary<string, JsonElement> f, string name) =>
        !f.TryGetValue(name, out var v) ? null : v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText();

    private static void Tags(EmulatedRegion r, string arn, Dictionary<string, JsonElement> f, string path)
    {
        if (!f.TryGetValue("tags", out var t)) return;
        r.Tags[arn] = Entries(t, path + ".tags").ToDictionary(e => e.Key, e => Text(e.Value, path + ".tags." + e.Key), StringComparer.Ordinal);
    }

    private static Dictionary<string, JsonElement> Fields(JsonElement e, string path, params string[] allowed)
    {
        if (e.ValueKind != JsonValueKind.Object) throw Error(path, "must be a mapping");
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject())
        {
            if (!allowed.Contains(p.Name)) throw Error(path, $"unknown field '{p.Name}' (known: {string.Join(", ", allowed)})");
            if (p.Value.ValueKind != JsonValueKind.Null) result[p.Name] = p.Value;
        }
        return result;
    }

    private static List<(string Key, JsonElement Value)> Entries(JsonElement e, string path) =>
        e.ValueKind == JsonValueKind.Object ? e.EnumerateObject().Select(p => (p.Name, p.Value)).ToList() : throw Error(path, "must be a mapping");

    private static IEnumerable<(JsonElement Item, int Index)> Items(Dictionary<string, JsonElement> f, string name, string path)
    {
        if (!f.TryGetValue(name, out var list)) return [];
        if (list.ValueKind != JsonValueKind.Array) throw Error($"{path}.{name}", "must be a list");
        return list.EnumerateArray().Select((x, i) => (x, i)).ToList();
    }

    private static IEnumerable<(JsonElement Item, string Path)> Each(Dictionary<string, JsonElement> f, string name, string path) =>
        Items(f, name, path).Select(x => (x.Item, $"{path}.{name}[{x.Index}]"));

    private static string Required(Dictionary<string, JsonElement> f, string path, string name) =>
        f.TryGetValue(name, out var v) ? Text(v, $"{path}.{name}") : throw Error(path, $"missing '{name}'");

    private static string? OptionalString(Dictionary<string, JsonElement> f, string name) => f.TryGetValue(name, out var v) ? Text(v, name) : null;

    private static List<string> Strings(Dictionary<string, JsonElement> f, string name, string path) =>
        Items(f, name, path).Select(x => Text(x.Item, $"{path}.{name}[{x.Index}]")).ToList();

    private static bool? Bool(Dictionary<string, JsonElement> f, string name, string path) =>
        !f.TryGetValue(name, out var v) ? null
        : v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean()
        : throw Error($"{path}.{name}", "must be true or false");

    private static int? Int(Dictionary<string, JsonElement> f, string name, string path) =>
        !f.TryGetValue(name, out var v) ? null
        : int.TryParse(Text(v, $"{path}.{name}"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
        : throw Error($"{path}.{name}", "must be an integer");

    /// <summary>A scalar as text: YAML writes account ids and ports as numbers unless quoted.</summary>
    private static string Text(JsonElement v, string path) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString()!,
        JsonValueKind.Number => v.TryGetInt64(out var n) ? n.ToString(CultureInfo.InvariantCulture) : v.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => throw Error(path, "must be a single value"),
    };

    private static FormatException Error(string path, string reason) => new($"{(path.Length == 0 ? "live" : "live." + path)}: {reason}");
}
