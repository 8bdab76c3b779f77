using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Tests;

public class ShortFormTagTests
{
    private const string Params = """
        Parameters:
          Env:
            Type: String
            Default: prod
          Vpc:
            Type: String
            Default: vpc-0123456789abcdef0
          Subnets:
            Type: CommaDelimitedList
            Default: "subnet-a, subnet-b,subnet-c"
        Mappings:
          Ports:
            prod: { Db: "5432" }
            dev: { Db: "15432" }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
          IsDev: !Not [!Condition IsProd]
          Both: !And [!Condition IsProd, !Equals [a, a]]
          Either: !Or [!Condition IsDev, !Equals [!Ref Env, prod]]

        """;

    private static Resource Gateway(string properties)
    {
        var text = Cfn.Template($"""
              Gw:
                Type: AWS::VpcLattice::ResourceGateway
                Properties:
            {properties}
            """, Params);
        return Cfn.Collect(text).Single("Gw");
    }

    [Fact]
    public void Ref_ParameterWithDefault_ResolvesToDefault()
    {
        Assert.Equal("vpc-0123456789abcdef0", Gateway("      VpcIdentifier: !Ref Vpc").Str("vpcId"));
    }

    [Fact]
    public void Sub_PseudoAndParameter_Resolves()
    {
        Assert.Equal("gw-prod-aws", Gateway("      Name: !Sub gw-${Env}-${AWS::Partition}").Str("name"));
    }

    [Fact]
    public void Sub_ListFormWithVariablesAndEscape_Resolves()
    {
        var gw = Gateway("      Name: !Sub ['${X}-${!Literal}', { X: !Ref Env }]");
        Assert.Equal("prod-${Literal}", gw.Str("name"));
    }

    [Fact]
    public void Join_KnownParts_Joins()
    {
        Assert.Equal("a-prod-b", Gateway("      Name: !Join ['-', [a, !Ref Env, b]]").Str("name"));
    }

    [Fact]
    public void Select_Split_PicksItem()
    {
        Assert.Equal("y", Gateway("      Name: !Select [1, !Split [',', 'x,y,z']]").Str("name"));
    }

    [Fact]
    public void CommaDelimitedListParameter_SplitsAndTrims()
    {
        var gw = Gateway("      SubnetIds: !Ref Subnets");
        Assert.Equal(Value.Strings(["subnet-a", "subnet-b", "subnet-c"]), gw.Prop("subnetIds"));
    }

    [Fact]
    public void FindInMap_KnownKeys_ReturnsEntry()
    {
        Assert.Equal(5432, Gateway("      Ipv4AddressesPerEni: !FindInMap [Ports, !Ref Env, Db]").Prop("ipv4AddressesPerEni").AsNumber);
    }

    [Theory]
    [InlineData("!If [IsProd, yes-prod, no-prod]", "yes-prod")]
    [InlineData("!If [IsDev, yes-dev, no-dev]", "no-dev")]
    [InlineData("!If [Both, both, not-both]", "both")]
    [InlineData("!If [Either, either, neither]", "either")]
    public void If_DecidableCondition_PicksBranch(string expression, string expected)
    {
        Assert.Equal(expected, Gateway($"      Name: {expression}").Str("name"));
    }

    [Fact]
    public void Base64_KnownText_Encodes()
    {
        Assert.Equal("aGk=", Gateway("      Name: !Base64 hi").Str("name"));
    }

    [Theory]
    [InlineData("!ImportValue shared-name")]
    [InlineData("!Select [0, !GetAZs '']")]
    [InlineData("!Select [0, !Cidr [10.0.0.0/16, 4, 8]]")]
    [InlineData("!Transform { Name: AWS::Include, Parameters: { Location: s3://b/k } }")]
    [InlineData("!Sub '${AWS::Region}-gw'")]
    public void UnresolvableIntrinsic_StaysUnknown(string expression)
    {
        Assert.True(Gateway($"      Name: {expression}").Prop("name").IsUnknown);
    }

    [Fact]
    public void GetAtt_ScalarForm_SplitsOnFirstDotAndReferences()
    {
        var text = Cfn.Template("""
              Sg:
                Type: AWS::EC2::SecurityGroup
                Properties: { GroupDescription: d }
              Gw:
                Type: AWS::VpcLattice::ResourceGateway
                Properties:
                  SecurityGroupIds: [!GetAtt Sg.GroupId, !GetAtt [Sg, Id]]
                  VpcIdentifier: !GetAtt Sg.Some.Nested.Attr
            """);
        var gw = Cfn.Collect(text).Single("Gw");
        Assert.Equal(Value.List(Value.Unknown, Value.Unknown), gw.Prop("securityGroupIds"));
        Assert.Equal(["t.yaml#Sg"], gw.Targets("securityGroups"));
        Assert.True(gw.Prop("vpcId").IsUnknown);
    }

    [Fact]
    public void Condition_FalseOnResource_ResourceIsNotCreated()
    {
        var text = Cfn.Template("""
              Gw:
                Type: AWS::VpcLattice::ResourceGateway
                Condition: IsDev
                Properties: { Name: x }
              Other:
                Type: AWS::VpcLattice::ResourceGateway
                Condition: IsProd
                Properties: { Name: y }
            """, Params);
        var result = Cfn.Collect(text);
        Assert.Equal(["Other"], result.Resources.Select(r => r.Address));
    }

    [Fact]
    public void If_UndecidableCondition_IsUnknownButKeepsBothReferences()
    {
        var text = Cfn.Template("""
              A:
                Type: AWS::EC2::SecurityGroup
                Properties: { GroupDescription: a }
              B:
                Type: AWS::EC2::SecurityGroup
                Properties: { GroupDescription: b }
              Gw:
                Type: AWS::VpcLattice::ResourceGateway
                Properties:
                  SecurityGroupIds: !If [InUsEast, [!Ref A], [!Ref B]]
            """, "Conditions:\n  InUsEast: !Equals [!Ref AWS::Region, us-east-1]\n");
        var gw = Cfn.Collect(text).Single("Gw");
        Assert.True(gw.Prop("securityGroupIds").IsUnknown);
        Assert.Equal(["t.yaml#A", "t.yaml#B"], gw.Targets("securityGroups"));
    }

    [Fact]
    public void NoValue_InIf_RemovesProperty()
    {
        var gw = Gateway("      Name: !If [IsProd, !Ref AWS::NoValue, named]");
        Assert.Null(gw.Properties.Get("name"));
    }
}
