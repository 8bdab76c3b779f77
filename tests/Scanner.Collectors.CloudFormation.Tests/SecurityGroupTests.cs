using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Tests;

public class SecurityGroupTests
{
    internal const string Template = """
        Parameters:
          Open:
            Type: String
        Resources:
          GwSg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupName: gw-sg
              GroupDescription: gateway
              VpcId: vpc-1
              SecurityGroupIngress:
                - { IpProtocol: tcp, FromPort: 1433, ToPort: 1433, CidrIp: 0.0.0.0/0, Description: open }
                - { IpProtocol: "-1", CidrIpv6: "::/0" }
                - { IpProtocol: "6", FromPort: 5432, ToPort: 5432, SourceSecurityGroupId: !Ref ClientSg, SourceSecurityGroupOwnerId: "222222222222" }
              SecurityGroupEgress:
                - { IpProtocol: "17", FromPort: 53, ToPort: 53, DestinationPrefixListId: pl-123 }
          ClientSg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: client
          SepIngress:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: !GetAtt ClientSg.GroupId
              IpProtocol: "58"
              CidrIpv6: fd00::/8
          SelfIngress:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: !Ref ClientSg
              IpProtocol: tcp
              FromPort: 443
              ToPort: 443
              SourceSecurityGroupId: !GetAtt ClientSg.GroupId
          SepEgress:
            Type: AWS::EC2::SecurityGroupEgress
            Properties:
              GroupId: !Ref GwSg
              IpProtocol: tcp
              FromPort: 5432
              ToPort: 5432
              CidrIp: 10.0.0.0/16
          UnknownSg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupName: default
              GroupDescription: unknown rules
              SecurityGroupIngress:
                - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref Open }
          ExternalIngress:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: sg-0abcdef0123456789
              IpProtocol: icmp
              FromPort: -1
              ToPort: -1
              CidrIp: 10.1.0.0/16
          LostIngress:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: !ImportValue other-stack-sg
              IpProtocol: tcp
              FromPort: 80
              ToPort: 80
              CidrIp: 0.0.0.0/0
        """;

    private static readonly Lazy<Scanner.Core.Collection.CollectionResult> Result = new(() => Cfn.Collect(Template));

    private static Value Rule(string group, string direction, int index) => Result.Value.Single(group).Prop(direction).Items[index];

    [Fact]
    public void InlineIngress_NormalisesProtocolPortsAndPeers()
    {
        var open = Rule("GwSg", "ingress", 0);
        Assert.Equal(("ingress", "tcp", 1433.0, 1433.0, "0.0.0.0/0", "open"),
            (open.GetString("direction"), open.GetString("protocol"), open.Get("fromPort")!.AsNumber, open.Get("toPort")!.AsNumber, open.GetString("cidrIpv4"), open.GetString("description")));
        var all = Rule("GwSg", "ingress", 1);
        Assert.Equal(("all", 0.0, 65535.0, "::/0"), (all.GetString("protocol"), all.Get("fromPort")!.AsNumber, all.Get("toPort")!.AsNumber, all.GetString("cidrIpv6")));
        var group = Rule("GwSg", "ingress", 2);
        Assert.Equal("tcp", group.GetString("protocol"));
        Assert.True(group.Get("referencedGroupId")!.IsUnknown);
        Assert.Equal("222222222222", group.GetString("referencedGroupOwnerId"));
        // Another group, told apart by its reference: no self flag (only a rule on its own group carries self).
        Assert.Null(group.Get("self"));
    }

    [Fact]
    public void InlineEgress_ReplacesDefaultAndSeparateEgressIsAppended()
    {
        var egress = Result.Value.Single("GwSg").Prop("egress").Items;
        Assert.Equal(2, egress.Count);
        Assert.Equal(("udp", "pl-123"), (egress[0].GetString("protocol"), egress[0].GetString("prefixListId")));
        Assert.Equal(("tcp", "10.0.0.0/16", 5432.0), (egress[1].GetString("protocol"), egress[1].GetString("cidrIpv4"), egress[1].Get("fromPort")!.AsNumber));
        Assert.True(Result.Value.Single("GwSg").Prop("rulesComplete").AsBoolean);
    }

    [Fact]
    public void NoInlineEgress_HasEc2DefaultAllowAll()
    {
        var egress = Assert.Single(Result.Value.Single("ClientSg").Prop("egress").Items);
        Assert.Equal(("all", "0.0.0.0/0", 0.0, 65535.0), (egress.GetString("protocol"), egress.GetString("cidrIpv4"), egress.Get("fromPort")!.AsNumber, egress.Get("toPort")!.AsNumber));
    }

    [Fact]
    public void SeparateIngress_AttachesToNamedGroupAndIsNoResourceOfItsOwn()
    {
        var ingress = Result.Value.Single("ClientSg").Prop("ingress").Items;
        Assert.Equal(2, ingress.Count);
        Assert.Equal(("icmpv6", "fd00::/8", -1.0), (ingress[0].GetString("protocol"), ingress[0].GetString("cidrIpv6"), ingress[0].Get("fromPort")!.AsNumber));
        Assert.True(ingress[1].Get("self")!.AsBoolean);
        Assert.DoesNotContain(Result.Value.Resources, r => r.Address is "SepIngress" or "SelfIngress" or "SepEgress");
    }

    [Fact]
    public void SeparateIngress_LocationOfRulesPointsAtRuleResource()
    {
        var location = Result.Value.Single("ClientSg").PropertyLocations["ingress"];
        Assert.Equal(("t.yaml", 21, 3, "SepIngress"), (location.File, location.Line, location.Column, location.LogicalName));
    }

    [Fact]
    public void UnknownRulePeer_MakesRulesIncompleteAndWarns()
    {
        var sg = Result.Value.Single("UnknownSg");
        Assert.False(sg.Prop("rulesComplete").AsBoolean);
        Assert.True(sg.Prop("ingress").Items[0].Get("cidrIpv4")!.IsUnknown);
        Assert.Contains(Result.Value.Diagnostics, d => d.Message == "UnknownSg.ingress: some rules are unknown: parameter 'Open' has no Default (give its value as a parameter to resolve it)");
    }

    [Fact]
    public void GroupNamedDefault_IsDefault()
    {
        Assert.True(Result.Value.Single("UnknownSg").Prop("isDefault").AsBoolean);
        Assert.False(Result.Value.Single("GwSg").Prop("isDefault").AsBoolean);
        Assert.False(Result.Value.Single("ClientSg").Prop("isDefault").AsBoolean);
    }

    [Fact]
    public void LiteralGroupId_GetsStandInGroupWithIncompleteRules()
    {
        var standIn = Assert.Single(Result.Value.Resources, r => r.Id == "sg-0abcdef0123456789");
        Assert.Equal("t.yaml#sg-0abcdef0123456789", standIn.Key);
        Assert.False(standIn.Prop("rulesComplete").AsBoolean);
        Assert.Equal("icmp", Assert.Single(standIn.Prop("ingress").Items).GetString("protocol"));
    }

    [Fact]
    public void UnresolvableGroupId_IsReported()
    {
        Assert.Contains(Result.Value.Diagnostics, d => d.Code == "UnresolvedValue" && d.Message.StartsWith("LostIngress.GroupId: cannot tell which security group", StringComparison.Ordinal));
    }

    [Fact]
    public void WholeRuleList_UnknownViaIf_IsUnknownAndIncomplete()
    {
        var text = Cfn.Template("""
              Sg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: x
                  SecurityGroupIngress: !If [Odd, [], [{ IpProtocol: tcp, FromPort: 1, ToPort: 2, CidrIp: 1.2.3.4/32 }]]
            """, "Conditions:\n  Odd: !Equals [!Ref AWS::Region, x]\n");
        var sg = Cfn.Collect(text).Single("Sg");
        Assert.True(sg.Prop("ingress").IsUnknown);
        Assert.False(sg.Prop("rulesComplete").AsBoolean);
    }

    [Fact]
    public void RuleItemViaIf_Decided_IsNormalised()
    {
        var text = Cfn.Template("""
              Sg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: x
                  SecurityGroupIngress:
                    - !If [Yes, { IpProtocol: udp, FromPort: 5, ToPort: 6, CidrIp: 1.2.3.4/32 }, !Ref AWS::NoValue]
                    - !If [No, { IpProtocol: udp, FromPort: 7, ToPort: 8, CidrIp: 1.2.3.4/32 }, !Ref AWS::NoValue]
            """, "Conditions:\n  Yes: !Equals [a, a]\n  No: !Equals [a, b]\n");
        var rule = Assert.Single(Cfn.Collect(text).Single("Sg").Prop("ingress").Items);
        Assert.Equal(("udp", 5.0), (rule.GetString("protocol"), rule.Get("fromPort")!.AsNumber));
    }
}
