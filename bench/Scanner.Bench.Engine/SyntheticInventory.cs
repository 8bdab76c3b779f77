using Scanner.Core.Aws;
using Scanner.Core.Inventory;
using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Bench.Engine;

/// <summary>
/// A live-scan-shaped inventory of exactly N resources built directly as <see cref="Resource"/>s, deterministic for a
/// seed. Each "unit" (one provider/consumer pair in an account and region) holds a gateway with its security group
/// (separate ingress and egress rules), DNS and IP resource configurations, the ENI of the IP target, access logs, a
/// resource policy, a RAM share with principals, a Resource endpoint with its group, a ServiceNetwork endpoint, and
/// the association of a configuration and a VPC with the account's service network. Each account (every
/// <see cref="UnitsPerAccount"/> units) has one service network with an auth policy and logs, so hub fan-in is
/// realistic (tens of associations) and constant as N grows. References use ids and ARNs the way live collectors do.
/// Planted problems recur at fixed strides (open groups, external principals, broad ports, public IP targets, no logs).
/// </summary>
public static class SyntheticInventory
{
    public const int UnitsPerAccount = 40;
    private static readonly string[] Regions = ["ap-northeast-1", "us-east-1", "eu-central-1"];

    public static OrganizationContext Organization(int resources)
    {
        var accounts = Enumerable.Range(0, resources / (UnitsPerAccount * 14) + 2).Select(Account).ToList();
        return new OrganizationContext("o-bench00001", accounts);
    }

    public static string Account(int a) => (200000000000L + a).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static List<Resource> Build(int count, int seed = 7)
    {
        var rng = new Random(seed);
        var list = new List<Resource>(count + 32);
        for (var u = 0; list.Count < count; u++)
        {
            var a = u / UnitsPerAccount;
            var account = Account(a);
            var region = Regions[a % Regions.Length];
            if (u % UnitsPerAccount == 0) Network(list, a, account, region);
            Unit(list, u, a, account, region, rng);
        }
        if (list.Count > count) list.RemoveRange(count, list.Count - count);
        return list;
    }

    private static string Arn(string region, string account, string type, string id) => $"arn:aws:vpc-lattice:{region}:{account}:{type}/{id}";

    private static string Hex(Random rng) => "0" + rng.NextInt64(0x1000000000000000L, long.MaxValue).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    private static Value Map(params (string Key, Value Value)[] entries) => Value.Map(entries.Select(e => new KeyValuePair<string, Value>(e.Key, e.Value)));

    private static Value S(string s) => Value.From(s);

    private static Value N(double n) => Value.From(n);

    private static Value Rule(string direction, string protocol, int from, int to, string? cidr4 = null, string? cidr6 = null, string? group = null, string? description = null)
    {
        var e = new List<(string, Value)> { ("direction", S(direction)), ("protocol", S(protocol)), ("fromPort", N(from)), ("toPort", N(to)) };
        if (cidr4 is not null) e.Add(("cidrIpv4", S(cidr4)));
        if (cidr6 is not null) e.Add(("cidrIpv6", S(cidr6)));
        if (group is not null) e.Add(("referencedGroupId", S(group)));
        if (description is not null) e.Add(("description", S(description)));
        return Map([.. e]);
    }

    private static Value Ports(int from, int to) => Value.List(Map(("fromPort", N(from)), ("toPort", N(to))));

    private static Resource Live(string kind, string arn, string id, string account, string region, Value properties, string? name = null,
        IReadOnlyList<ResourceReference>? references = null) =>
        new(kind, arn, ResourceOrigin.Aws, properties)
        {
            Arn = arn,
            Id = id,
            Name = name,
            AccountId = account,
            Region = region,
            References = references ?? [],
        };

    private static string NetworkId(int a) => $"sn-{a:x17}";

    private static void Network(List<Resource> list, int a, string account, string region)
    {
        var id = NetworkId(a);
        var arn = Arn(region, account, "servicenetwork", id);
        list.Add(Live(K.ServiceNetwork, arn, id, account, region,
            Map(("authType", S(a % 4 == 1 ? "NONE" : "AWS_IAM")), ("sharingEnabled", Value.From(a % 3 == 0)), ("tags", Map(("team", S("network"))))),
            $"apps-{a}"));
        list.Add(Live(K.AuthPolicy, arn + "/authpolicy", arn + "/authpolicy", account, region,
            Map(("resourceId", S(id)), ("state", S("Active")),
                ("policy", Map(("raw", S("{}")), ("statements", Value.List(Map(("effect", S("Allow")), ("principals", Value.Strings(["*"])),
                    ("anyPrincipal", Value.True), ("actions", Value.Strings(["vpc-lattice-svcs:Invoke"])), ("hasOrganizationCondition", Value.From(a % 5 != 2)))))))),
            references: [new ResourceReference("target", arn)]));
        list.Add(Live(K.AccessLogSubscription, Arn(region, account, "accesslogsubscription", $"sn-als-{a:x12}"), $"sn-als-{a:x12}", account, region,
            Map(("resourceId", S(id)), ("destinationArn", S($"arn:aws:logs:{region}:{account}:log-group:/lattice/net")), ("destinationType", S("logs")),
                ("destinationAccountId", S(account)), ("serviceNetworkLogType", S("SERVICE"))),
            references: [new ResourceReference("target", arn)]));
    }

    private static void Unit(List<Resource> list, int u, int a, string account, string region, Random rng)
    {
        var vpc = "vpc-" + Hex(rng);
        var consumerVpc = "vpc-" + Hex(rng);
        var second = u % 250;
        var networkArn = Arn(region, account, "servicenetwork", NetworkId(a));

        // gateway security group: separate ingress and egress rules, sometimes open
        var gwSg = "sg-" + Hex(rng);
        var ingress = new List<Value> { Rule("ingress", "tcp", 5432, 5432, u % 9 == 4 ? "0.0.0.0/0" : $"10.{second}.0.0/16", description: "consumers") };
        if (u % 23 == 5) ingress.Add(Rule("ingress", "tcp", 5432, 5432, cidr6: "::/0"));
        list.Add(Live(K.SecurityGroup, $"arn:aws:ec2:{region}:{account}:security-group/{gwSg}", gwSg, account, region,
            Map(("groupName", S(u % 31 == 6 ? "default" : $"gateway-{u}")), ("description", S("Resource gateway ENIs")), ("vpcId", S(vpc)), ("ownerId", S(account)),
                ("isDefault", Value.From(u % 31 == 6)), ("ingress", Value.List(ingress)),
                ("egress", Value.List(Rule("egress", "tcp", 5432, 5432, u % 11 == 3 ? "0.0.0.0/0" : $"10.{second}.16.0/20"), Rule("egress", "tcp", 6379, 6379, $"10.{second}.32.0/20"))),
                ("rulesComplete", Value.True), ("tags", Map(("unit", S(u.ToString(System.Globalization.CultureInfo.InvariantCulture)))))),
            $"gateway-{u}"));

        var gwId = "rgw-" + Hex(rng);
        var gwArn = Arn(region, account, "resourcegateway", gwId);
        var subnets = u % 6 == 5 ? new[] { "subnet-" + Hex(rng) } : ["subnet-" + Hex(rng), "subnet-" + Hex(rng)];
        list.Add(Live(K.ResourceGateway, gwArn, gwId, account, region,
            Map(("vpcId", S(vpc)), ("subnetIds", Value.Strings(subnets)), ("securityGroupIds", Value.Strings([gwSg])), ("ipAddressType", S("IPV4")),
                ("ipv4AddressesPerEni", N(16)), ("resourceConfigDnsResolution", S("IN_VPC")), ("status", S("ACTIVE"))),
            $"db-gateway-{u}", [new ResourceReference("securityGroups", gwSg)]));

        // configurations: DNS (shared, logged) and IP (ENI target, associated with the network)
        var dbId = "rcfg-" + Hex(rng);
        var dbArn = Arn(region, account, "resourceconfiguration", dbId);
        var (from, to) = u % 13 == 7 ? (1024, 65535) : u % 29 == 11 ? (0, 65535) : (5432, 5432);
        list.Add(Live(K.ResourceConfiguration, dbArn, dbId, account, region,
            Map(("type", S("SINGLE")), ("definition", Map(("type", S("DNS")), ("domainName", S($"orders-{u}.cluster-abc.{region}.rds.amazonaws.com")), ("ipAddressType", S("IPV4")))),
                ("portRanges", Ports(from, to)), ("protocol", S("TCP")), ("allowAssociationToShareableServiceNetwork", Value.From(u % 8 == 1)),
                ("resourceGatewayId", S(gwId)), ("amazonManaged", Value.False), ("status", S("ACTIVE"))),
            $"orders-db-{u}", [new ResourceReference("gateway", gwId)]));

        var eniId = "eni-" + Hex(rng);
        var ip = u % 17 == 8 ? $"52.95.{second}.{u % 200 + 10}" : $"10.{second}.33.{u % 200 + 10}";
        list.Add(Live(K.NetworkInterface, $"arn:aws:ec2:{region}:{account}:network-interface/{eniId}", eniId, account, region,
            Map(("privateIpAddresses", Value.Strings([ip])), ("interfaceType", S("interface")), ("requesterId", S(u % 3 == 0 ? "amazon-rds" : "amazon-elasticache")),
                ("requesterManaged", Value.True), ("description", S(u % 3 == 0 ? "RDSNetworkInterface" : "ElastiCache")), ("ownerId", S(account)), ("vpcId", S(vpc)))));
        var cacheId = "rcfg-" + Hex(rng);
        var cacheArn = Arn(region, account, "resourceconfiguration", cacheId);
        list.Add(Live(K.ResourceConfiguration, cacheArn, cacheId, account, region,
            Map(("type", S("SINGLE")), ("definition", Map(("type", S("IP")), ("ipAddress", S(ip)))), ("portRanges", Ports(6379, 6379)), ("protocol", S("TCP")),
                ("allowAssociationToShareableServiceNetwork", Value.True), ("resourceGatewayId", S(gwArn)), ("amazonManaged", Value.False), ("status", S("ACTIVE"))),
            $"cache-{u}", [new ResourceReference("gateway", gwArn), new ResourceReference("targetInterface", eniId)]));

        var logId = "als-" + Hex(rng);
        list.Add(Live(K.AccessLogSubscription, Arn(region, account, "accesslogsubscription", logId), logId, account, region,
            Map(("resourceId", S(dbId)), ("destinationArn", S($"arn:aws:s3:::lattice-logs-{account}")), ("destinationType", S("s3")), ("destinationAccountId", S(account))),
            references: [new ResourceReference("target", dbArn)]));
        if (u % 2 == 0)
            list.Add(Live(K.ResourcePolicy, dbArn + "/policy", dbArn + "/policy", account, region,
                Map(("resourceArn", S(dbArn)), ("policy", Map(("raw", S("{}")), ("statements", Value.List(Map(("effect", S("Allow")),
                    ("principals", Value.Strings([Account(a + 1)])), ("principalAccounts", Value.Strings([Account(a + 1)])), ("anyPrincipal", Value.False))))))),
                references: [new ResourceReference("target", dbArn)]));

        // the RAM share of the DNS configuration
        var shareId = Guid.Parse($"00000000-0000-0000-0000-{u:x12}").ToString();
        var shareArn = $"arn:aws:ram:{region}:{account}:resource-share/{shareId}";
        var principals = new List<Value> { Map(("id", S(Account(a + 1))), ("type", S("account")), ("accountId", S(Account(a + 1))), ("external", Value.False)) };
        if (u % 7 == 3) principals.Add(Map(("id", S("999999999999")), ("type", S("account")), ("accountId", S("999999999999")), ("external", Value.True)));
        list.Add(Live(K.ResourceShare, shareArn, shareId, account, region,
            Map(("allowExternalPrincipals", Value.From(u % 5 == 2)), ("principals", Value.List(principals)), ("resourceArns", Value.Strings([dbArn])),
                ("permissionArns", Value.Strings(["arn:aws:ram::aws:permission/AWSRAMDefaultPermissionVpcLatticeResourceConfiguration"])),
                ("owningAccountId", S(account)), ("status", S("ACTIVE")), ("sharedWithCaller", Value.False)),
            $"orders-share-{u}", [new ResourceReference("resources", dbArn)]));

        // consumer side: a Resource endpoint, a ServiceNetwork endpoint, their group, and the network associations
        var epSg = "sg-" + Hex(rng);
        list.Add(Live(K.SecurityGroup, $"arn:aws:ec2:{region}:{account}:security-group/{epSg}", epSg, account, region,
            Map(("groupName", S($"endpoint-{u}")), ("description", S("Resource endpoint")), ("vpcId", S(consumerVpc)), ("ownerId", S(account)), ("isDefault", Value.False),
                ("ingress", Value.List(u % 19 == 9 ? Rule("ingress", "-1", 0, 65535, "0.0.0.0/0") : Rule("ingress", "tcp", 5432, 5432, $"10.{second}.128.0/17"))),
                ("egress", Value.EmptyList), ("rulesComplete", Value.True)),
            $"endpoint-{u}"));
        var epId = "vpce-" + Hex(rng);
        list.Add(Live(K.VpcEndpoint, $"arn:aws:ec2:{region}:{account}:vpc-endpoint/{epId}", epId, account, region,
            Map(("vpcEndpointType", S("Resource")), ("vpcId", S(consumerVpc)), ("resourceConfigurationArn", S(dbArn)), ("resourceConfigurationAccountId", S(u % 37 == 4 ? "999999999999" : account)),
                ("securityGroupIds", Value.Strings([epSg])), ("subnetIds", Value.Strings(["subnet-" + Hex(rng)])), ("privateDnsEnabled", Value.From(u % 10 != 0)),
                ("state", S("available")), ("ownerId", S(account))),
            references: [new ResourceReference("resourceConfiguration", dbArn), new ResourceReference("securityGroups", epSg)]));
        var snEpId = "vpce-" + Hex(rng);
        list.Add(Live(K.VpcEndpoint, $"arn:aws:ec2:{region}:{account}:vpc-endpoint/{snEpId}", snEpId, account, region,
            Map(("vpcEndpointType", S("ServiceNetwork")), ("vpcId", S(consumerVpc)), ("serviceNetworkArn", S(networkArn)), ("serviceNetworkAccountId", S(account)),
                ("securityGroupIds", Value.Strings([epSg])), ("subnetIds", Value.Strings(["subnet-" + Hex(rng)])), ("privateDnsEnabled", Value.True),
                ("state", S("available")), ("ownerId", S(account))),
            references: [new ResourceReference("serviceNetwork", networkArn), new ResourceReference("securityGroups", epSg)]));
        var snraId = "snra-" + Hex(rng);
        list.Add(Live(K.ServiceNetworkResourceAssociation, Arn(region, account, "servicenetworkresourceassociation", snraId), snraId, account, region,
            Map(("serviceNetworkId", S(NetworkId(a))), ("resourceConfigurationId", S(cacheId)), ("privateDnsEnabled", Value.True), ("status", S("ACTIVE"))),
            references: [new ResourceReference("serviceNetwork", networkArn), new ResourceReference("resourceConfiguration", cacheArn)]));
        var snvaId = "snva-" + Hex(rng);
        list.Add(Live(K.ServiceNetworkVpcAssociation, Arn(region, account, "servicenetworkvpcassociation", snvaId), snvaId, account, region,
            Map(("vpcId", S(consumerVpc)), ("serviceNetworkId", S(NetworkId(a))), ("securityGroupIds", u % 12 == 2 ? Value.EmptyList : Value.Strings([epSg])),
                ("privateDnsEnabled", Value.True), ("status", S("ACTIVE"))),
            references: u % 12 == 2 ? [new ResourceReference("serviceNetwork", networkArn)] : [new ResourceReference("serviceNetwork", networkArn), new ResourceReference("securityGroups", epSg)]));
        var sneaId = "snea-" + Hex(rng);
        list.Add(Live(K.ServiceNetworkEndpointAssociation, Arn(region, account, "servicenetworkendpointassociation", sneaId), sneaId, account, region,
            Map(("serviceNetworkId", S(NetworkId(a))), ("vpcEndpointId", S(snEpId)), ("vpcId", S(consumerVpc)), ("vpcEndpointOwnerId", S(u % 41 == 5 ? "999999999999" : account)),
                ("state", S("ACTIVE"))),
            references: [new ResourceReference("serviceNetwork", networkArn), new ResourceReference("endpoint", snEpId)]));
    }
}
