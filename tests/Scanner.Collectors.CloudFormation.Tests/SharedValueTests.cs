using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Tests;

/// <summary>
/// What a template repeats is held once in its inventory: a port or protocol written in many places is one value, a
/// resource's key is one string however many references name it, and property locations are names and positions read
/// back as locations. Contents are unchanged.
/// </summary>
public sealed class SharedValueTests
{
    private const string Template = """
        Resources:
          Sg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: gw
              VpcId: vpc-1
              SecurityGroupIngress:
                - { IpProtocol: tcp, FromPort: 5432, ToPort: 5432, CidrIp: 10.0.0.0/16 }
                - { IpProtocol: tcp, FromPort: 5432, ToPort: 5432, CidrIp: 10.1.0.0/16 }
          GatewayA:
            Type: AWS::VpcLattice::ResourceGateway
            Properties:
              Name: a
              VpcIdentifier: vpc-1
              SubnetIds: [subnet-1]
              SecurityGroupIds: [!Ref Sg]
          GatewayB:
            Type: AWS::VpcLattice::ResourceGateway
            Properties:
              Name: b
              VpcIdentifier: vpc-1
              SubnetIds: [subnet-1]
              SecurityGroupIds: [!GetAtt Sg.GroupId]
        """;

    [Fact]
    public void RepeatedPortsAndProtocols_AreOneValueEach()
    {
        var rules = Cfn.Collect(Template).Single("Sg").Prop("ingress").Items;

        Assert.Equal(2, rules.Count);
        Assert.Equal(5432, rules[0].Entries["fromPort"].AsNumber);
        Assert.Same(rules[0].Entries["fromPort"], rules[1].Entries["fromPort"]);
        Assert.Same(rules[0].Entries["fromPort"], rules[0].Entries["toPort"]);
        Assert.Same(rules[0].Entries["protocol"], rules[1].Entries["protocol"]);
        Assert.Equal("10.1.0.0/16", rules[1].Entries["cidrIpv4"].AsString);
    }

    [Fact]
    public void ReferencesToAResource_HoldItsKeyItself()
    {
        var result = Cfn.Collect(Template);
        var group = result.Single("Sg");

        Assert.Equal(Cfn.File + "#Sg", group.Key);
        Assert.Same(group.Key, Assert.Single(result.Single("GatewayA").Targets("securityGroups")));
        Assert.Same(group.Key, Assert.Single(result.Single("GatewayB").Targets("securityGroups")));
    }

    [Fact]
    public void PropertyLocations_ReadBackAsPointsInTheTemplateUnderTheLogicalId()
    {
        var gateway = Cfn.Collect(Template).Single("GatewayB");

        var location = gateway.PropertyLocations["SecurityGroupIds"];
        Assert.Equal(new SourceLocation(Cfn.File, 23, 7, "GatewayB"), location);
        Assert.Equal(location, gateway.PropertyLocations["securityGroupIds"]);
        Assert.True(gateway.PropertyLocations.ContainsKey("VpcIdentifier"));
        Assert.False(gateway.PropertyLocations.TryGetValue("Nothing", out _));
        Assert.Equal(gateway.PropertyLocations.Count, gateway.PropertyLocations.Keys.Count());
        Assert.All(gateway.PropertyLocations, p => Assert.Equal(p.Value, gateway.PropertyLocations[p.Key]));
        Assert.All(gateway.PropertyLocations.Values, l => Assert.Equal((Cfn.File, "GatewayB"), (l.File, l.LogicalName)));
    }

    [Fact]
    public void PropertyLocations_OfResourcesThatRecordTheSameNames_ShareTheNamesButNotThePositions()
    {
        var result = Cfn.Collect(Template);
        var (a, b) = (result.Single("GatewayA").PropertyLocations, result.Single("GatewayB").PropertyLocations);

        Assert.Same(a.Keys, b.Keys);
        Assert.Equal(new SourceLocation(Cfn.File, 16, 7, "GatewayA"), a["SecurityGroupIds"]);
        Assert.Equal(new SourceLocation(Cfn.File, 23, 7, "GatewayB"), b["SecurityGroupIds"]);
        Assert.Equal(a["securityGroupIds"].Line + 7, b["securityGroupIds"].Line);
        Assert.Equal(a["VpcIdentifier"].Line + 7, b["VpcIdentifier"].Line);
        Assert.NotSame(a.Keys, result.Single("Sg").PropertyLocations.Keys);
    }
}
