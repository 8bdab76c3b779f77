using Amazon.EC2.Model;
using Scanner.Collectors.Aws.Mapping;

namespace Scanner.Collectors.Aws.Tests.Mapping;

public sealed class SecurityGroupRuleMapperTests
{
    [Fact]
    public void Rules_AllProtocolWithTwoPeers_OneRulePerPeerWithFullPortRange()
    {
        var permission = new IpPermission
        {
            IpProtocol = "-1",
            Ipv4Ranges = [new IpRange { CidrIp = "10.0.0.0/8" }],
            Ipv6Ranges = [new Ipv6Range { CidrIpv6 = "::/0" }],
        };

        var rules = SecurityGroupRuleMapper.Rules([permission], "ingress", "sg-1", "111111111111").ToList();

        Assert.Equal(2, rules.Count);
        Assert.All(rules, r => Assert.Equal(("ingress", "all", 0d, 65535d),
            (r.GetString("direction"), r.GetString("protocol"), r.Get("fromPort")!.AsNumber, r.Get("toPort")!.AsNumber)));
        Assert.Equal("10.0.0.0/8", rules[0].GetString("cidrIpv4"));
        Assert.Equal("::/0", rules[1].GetString("cidrIpv6"));
    }

    [Fact]
    public void Rules_GroupPeers_SelfOtherAccountAndPrefixList()
    {
        var permission = new IpPermission
        {
            IpProtocol = "6",
            FromPort = 5432,
            ToPort = 5432,
            UserIdGroupPairs =
            [
                new UserIdGroupPair { GroupId = "sg-1", UserId = "111111111111" },
                new UserIdGroupPair { GroupId = "sg-2", UserId = "222222222222" },
                new UserIdGroupPair { GroupId = "sg-3", UserId = "111111111111" },
            ],
            PrefixListIds = [new PrefixListId { Id = "pl-1" }],
        };

        var rules = SecurityGroupRuleMapper.Rules([permission], "egress", "sg-1", "111111111111").ToList();

        Assert.Equal(4, rules.Count);
        Assert.All(rules, r => Assert.Equal("tcp", r.GetString("protocol")));
        Assert.Equal("pl-1", rules[0].GetString("prefixListId"));
        Assert.True(rules[1].Get("self")!.AsBoolean);
        Assert.Null(rules[1].Get("referencedGroupId"));
        Assert.Equal(("sg-2", "222222222222"), (rules[2].GetString("referencedGroupId"), rules[2].GetString("referencedGroupOwnerId")));
        Assert.Equal(("sg-3", null), (rules[3].GetString("referencedGroupId"), rules[3].GetString("referencedGroupOwnerId")));
    }
}
