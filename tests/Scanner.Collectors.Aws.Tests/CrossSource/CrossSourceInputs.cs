using System.Text.Json.Nodes;
using Scanner.AwsEmulator.World;
using static Scanner.Collectors.Aws.Tests.CrossSource.NormalisationTable;

namespace Scanner.Collectors.Aws.Tests.CrossSource;

/// <summary>Writes every row of <see cref="NormalisationTable"/> as a Terraform plan, a CloudFormation template and a fake AWS world.</summary>
internal static class CrossSourceInputs
{
    // ---- Terraform: `terraform show -json` of a plan creating one resource per row ----

    public static string Plan()
    {
        var changes = new JsonArray();
        void Add(string type, string name, JsonObject after) => changes.Add(new JsonObject
        {
            ["address"] = $"{type}.{name}", ["mode"] = "managed", ["type"] = type, ["name"] = name,
            ["provider_name"] = "registry.terraform.io/hashicorp/aws",
            ["change"] = new JsonObject { ["actions"] = new JsonArray("create"), ["before"] = null, ["after"] = after, ["after_unknown"] = new JsonObject() },
        });

        Add("aws_ram_resource_share", "share", new JsonObject { ["name"] = "share", ["arn"] = ShareArn, ["id"] = ShareArn, ["allow_external_principals"] = true, ["region"] = Region });
        for (var i = 0; i < Principals.Length; i++)
            Add("aws_ram_principal_association", $"p{i}", new JsonObject { ["principal"] = Principals[i].Principal, ["resource_share_arn"] = ShareArn });
        for (var i = 0; i < Rules.Length; i++)
            Add("aws_security_group", $"g{i}", new JsonObject
            {
                ["id"] = GroupId(i), ["name"] = $"g{i}", ["vpc_id"] = "vpc-0row000000000001", ["owner_id"] = Account, ["region"] = Region,
                ["ingress"] = new JsonArray(InlineRule(Rules[i])), ["egress"] = new JsonArray(),
            });
        for (var i = 0; i < RangeRows.Length; i++)
            Add("aws_vpclattice_resource_configuration", $"c{i}", new JsonObject
            {
                ["id"] = ConfigurationId(i), ["arn"] = ConfigurationArn(i), ["name"] = $"c{i}", ["region"] = Region,
                ["port_ranges"] = new JsonArray(RangeRows[i].Text),
                ["tags"] = i == 0 ? TagObject() : null,
            });
        for (var i = 0; i < Destinations.Length; i++)
            Add("aws_vpclattice_access_log_subscription", $"l{i}", new JsonObject
            {
                ["resource_identifier"] = ConfigurationArn(0), ["destination_arn"] = Destinations[i].Arn, ["region"] = Region,
            });
        return new JsonObject { ["format_version"] = "1.2", ["terraform_version"] = "1.9.5", ["resource_changes"] = changes }.ToJsonString();
    }

    private static JsonObject InlineRule(RuleRow row)
    {
        var rule = new JsonObject
        {
            ["protocol"] = row.Protocol, ["from_port"] = row.From, ["to_port"] = row.To, ["description"] = "",
            ["cidr_blocks"] = new JsonArray(), ["ipv6_cidr_blocks"] = new JsonArray(), ["prefix_list_ids"] = new JsonArray(),
            ["security_groups"] = new JsonArray(), ["self"] = row.Peer == Peer.Self,
        };
        var (attribute, value) = row.Peer switch
        {
            Peer.Ipv4 => ("cidr_blocks", row.PeerValue),
            Peer.Ipv6 => ("ipv6_cidr_blocks", row.PeerValue),
            Peer.PrefixList => ("prefix_list_ids", row.PeerValue),
            Peer.Group => ("security_groups", row.PeerValue),
            Peer.OtherAccountGroup => ("security_groups", $"{OtherAccount}/{row.PeerValue}"),
            _ => ((string?)null, (string?)null),
        };
        if (attribute is not null) rule[attribute] = new JsonArray(value);
        return rule;
    }

    private static JsonObject TagObject()
    {
        var tags = new JsonObject();
        foreach (var (k, v) in Tags) tags[k] = v;
        return tags;
    }

    // ---- CloudFormation: one template, one resource per row ----

    public static string Template()
    {
        var resources = new JsonObject
        {
            ["Share"] = Resource("AWS::RAM::ResourceShare", new JsonObject
            {
                ["Name"] = "share", ["AllowExternalPrincipals"] = true,
                ["Principals"] = new JsonArray(Principals.Select(p => (JsonNode?)JsonValue.Create(p.Principal)).ToArray()),
                ["ResourceArns"] = new JsonArray(ConfigurationArn(0)),
            }),
        };
        for (var i = 0; i < Rules.Length; i++)
        {
            var row = Rules[i];
            var group = new JsonObject { ["GroupName"] = $"g{i}", ["GroupDescription"] = "row", ["VpcId"] = "vpc-0row000000000001" };
            var rule = new JsonObject { ["IpProtocol"] = row.Protocol, ["FromPort"] = row.From, ["ToPort"] = row.To };
            switch (row.Peer)
            {
                case Peer.Ipv4: rule["CidrIp"] = row.PeerValue; break;
                case Peer.Ipv6: rule["CidrIpv6"] = row.PeerValue; break;
                case Peer.PrefixList: rule["SourcePrefixListId"] = row.PeerValue; break;
                case Peer.Group: rule["SourceSecurityGroupId"] = row.PeerValue; break;
                case Peer.OtherAccountGroup:
                    rule["SourceSecurityGroupId"] = row.PeerValue;
                    rule["SourceSecurityGroupOwnerId"] = OtherAccount;
                    break;
            }
            if (row.Peer == Peer.Self)
            {
                // A template cannot name a group inside its own definition: the self rule is a separate resource.
                rule["GroupId"] = new JsonObject { ["Ref"] = $"G{i}" };
                rule["SourceSecurityGroupId"] = new JsonObject { ["Fn::GetAtt"] = new JsonArray($"G{i}", "GroupId") };
                resources[$"G{i}Self"] = Resource("AWS::EC2::SecurityGroupIngress", rule);
            }
            else group["SecurityGroupIngress"] = new JsonArray(rule);
            resources[$"G{i}"] = Resource("AWS::EC2::SecurityGroup", group);
        }
        for (var i = 0; i < RangeRows.Length; i++)
        {
            var configuration = new JsonObject
            {
                ["Name"] = $"c{i}", ["ResourceConfigurationType"] = "SINGLE", ["PortRanges"] = new JsonArray(RangeRows[i].Text),
            };
            if (i == 0) configuration["Tags"] = new JsonArray(Tags.Select(t => (JsonNode?)new JsonObject { ["Key"] = t.Key, ["Value"] = t.Value }).ToArray());
            resources[$"C{i}"] = Resource("AWS::VpcLattice::ResourceConfiguration", configuration);
        }
        for (var i = 0; i < Destinations.Length; i++)
            resources[$"L{i}"] = Resource("AWS::VpcLattice::AccessLogSubscription", new JsonObject
            {
                ["ResourceIdentifier"] = ConfigurationArn(0), ["DestinationArn"] = Destinations[i].Arn,
            });
        return new JsonObject { ["AWSTemplateFormatVersion"] = "2010-09-09", ["Resources"] = resources }.ToJsonString();
    }

    private static JsonObject Resource(string type, JsonObject properties) => new() { ["Type"] = type, ["Properties"] = properties };

    // ---- AWS: one account whose region holds one resource per row ----

    public static EmulatedWorld World()
    {
        var world = new EmulatedWorld("o-a1b2c3d4e5", Account);
        world.AllRegions.Add(Region);
        var r = world.AddAccount(Account, "rows", null, Region).Region(Region);
        for (var i = 0; i < Rules.Length; i++)
            r.SecurityGroups.Add(new EmulatedSecurityGroup(GroupId(i), $"g{i}", "vpc-0row000000000001") { Ingress = [Permission(Rules[i], i)], Egress = [] });
        r.Gateways.Add(new EmulatedGateway(GatewayId, "rows", "vpc-0row000000000001", ["subnet-0row00000000000a"], Enumerable.Range(0, Rules.Length).Select(GroupId).ToList()));
        for (var i = 0; i < RangeRows.Length; i++)
            r.Configurations.Add(new EmulatedConfiguration(ConfigurationId(i), $"c{i}", GatewayId, "SINGLE")
            {
                PortRanges = [RangeRows[i].Text], DefinitionType = "DNS", DefinitionValue = $"db{i}.example.internal",
            });
        r.Tags[ConfigurationArn(0)] = Tags.ToDictionary(t => t.Key, t => t.Value);
        for (var i = 0; i < Destinations.Length; i++)
            r.AccessLogs.Add(new EmulatedAccessLog(LogId(i), ConfigurationArn(0), Destinations[i].Arn));
        r.Shares.Add(new EmulatedShare(ShareId, "share", true, [ConfigurationArn(0)], Principals.Select(p => p.Principal).ToList()));
        return world;
    }

    private static EmulatedPermission Permission(RuleRow row, int index)
    {
        var p = new EmulatedPermission(row.Protocol, row.From, row.To);
        return row.Peer switch
        {
            Peer.Ipv4 => p with { Cidrs = [row.PeerValue!] },
            Peer.Ipv6 => p with { Ipv6Cidrs = [row.PeerValue!] },
            Peer.PrefixList => p with { PrefixListIds = [row.PeerValue!] },
            Peer.Group => p with { Groups = [(row.PeerValue!, Account)] },
            Peer.OtherAccountGroup => p with { Groups = [(row.PeerValue!, OtherAccount)] },
            _ => p with { Groups = [(GroupId(index), Account)] },
        };
    }
}
