using Scanner.Core.Inventory;
using Scanner.Core.Findings;

namespace Scanner.Collectors.CloudFormation.Tests;

public class ForEachTests
{
    private const string Header = "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::LanguageExtensions\n";

    [Fact]
    public void LiteralCollection_ExpandsResourcesWithIdentifierInLogicalIdAndValues()
    {
        var result = Cfn.Collect(Header + """
            Resources:
              'Fn::ForEach::Consumers':
                - Name
                - [Orders, Billing]
                - 'Endpoint${Name}':
                    Type: AWS::EC2::VPCEndpoint
                    Properties:
                      VpcEndpointType: Resource
                      VpcId: !Sub 'vpc-${Name}'
                      ResourceConfigurationArn: !Ref Name
            """);

        var orders = result.Single("EndpointOrders");
        Assert.Equal("vpc-Orders", orders.Str("vpcId"));
        Assert.Equal("Orders", orders.Str("resourceConfigurationArn"));
        Assert.Equal("vpc-Billing", result.Single("EndpointBilling").Str("vpcId"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "Transform");
    }

    [Fact]
    public void Location_PointsAtTheLoopsOutputKeyAndPropertyLines()
    {
        var result = Cfn.Collect(Header + """
            Resources:
              'Fn::ForEach::Consumers':
                - Name
                - [Orders, Billing]
                - 'Endpoint${Name}':
                    Type: AWS::EC2::VPCEndpoint
                    Properties:
                      VpcEndpointType: Resource
                      VpcId: vpc-1
            """);

        foreach (var id in (string[])["EndpointOrders", "EndpointBilling"])
        {
            var r = result.Single(id);
            Assert.Equal(new SourceLocation(Cfn.File, 7, 7, id), r.Location);
            Assert.Equal((11, 11), (r.PropertyLocations["vpcId"].Line, r.PropertyLocations["vpcId"].Column));
        }
    }

    [Fact]
    public void CommaDelimitedListParameter_IsTheCollection_AndAmpersandStripsNonAlphanumerics()
    {
        var result = Cfn.Collect(Header + """
            Parameters:
              Cidrs:
                Type: CommaDelimitedList
                Default: "10.0.1.0/24, 10.0.2.0/24"
            Resources:
              'Fn::ForEach::Rules':
                - Cidr
                - !Ref Cidrs
                - 'Ingress&{Cidr}':
                    Type: AWS::EC2::SecurityGroupIngress
                    Properties:
                      GroupId: sg-0123456789abcdef0
                      IpProtocol: tcp
                      FromPort: 443
                      ToPort: 443
                      CidrIp: ${Cidr}
            """);

        var group = Assert.Single(result.Resources, r => r.Kind == ResourceKinds.SecurityGroup);
        var cidrs = group.Prop("ingress").Items.Select(i => i.Get("cidrIpv4")!.AsString).ToList();
        Assert.Equal(["10.0.1.0/24", "10.0.2.0/24"], cidrs);
        Assert.DoesNotContain(result.Diagnostics, d => d.Level == DiagnosticLevel.Warning);
    }

    [Fact]
    public void ParameterOverride_AndFnSplit_GiveTheCollection()
    {
        var template = Header + """
            Parameters:
              Names:
                Type: String
                Default: a|b
            Resources:
              'Fn::ForEach::Networks':
                - N
                - !Split ['|', !Ref Names]
                - 'Sn${N}':
                    Type: AWS::VpcLattice::ServiceNetwork
                    Properties: { Name: !Sub 'sn-${N}' }
            """;
        Assert.Equal(["Sna", "Snb"], Cfn.Collect(template).Resources.Select(r => r.Address!).Order());
        Assert.Equal(["Snx", "Sny", "Snz"], Cfn.WithParameters(template, ("Names", "x|y|z")).Resources.Select(r => r.Address!).Order());
    }

    [Fact]
    public void NestedLoops_InnerCollectionSeesTheOuterItem()
    {
        var result = Cfn.Collect(Header + """
            Mappings:
              Consumers:
                orders: { Networks: [east, west] }
                billing: { Networks: [east] }
            Resources:
              'Fn::ForEach::Apps':
                - App
                - [orders, billing]
                - 'Fn::ForEach::Networks':
                    - Net
                    - !FindInMap [Consumers, !Ref App, Networks]
                    - '${App}${Net}Sn':
                        Type: AWS::VpcLattice::ServiceNetwork
                        Properties: { Name: '${App}-${Net}' }
            """);

        Assert.Equal(["billingeastSn", "orderseastSn", "orderswestSn"], result.Resources.Select(r => r.Address!).Order());
        Assert.Equal("orders-west", result.Single("orderswestSn").Str("name"));
    }

    [Fact]
    public void LoopInsideProperties_ExpandsIntoThePropertyMap()
    {
        var result = Cfn.Collect(Header + """
            Resources:
              Policy:
                Type: AWS::VpcLattice::ResourceConfiguration
                Properties:
                  Name: db
                  ResourceConfigurationType: SINGLE
                  ResourceConfigurationDefinition: { DnsResource: { DomainName: db.internal, IpAddressType: IPV4 } }
                  PortRanges: ['5432']
                  'Fn::ForEach::Flags':
                    - F
                    - [AllowAssociationToSharableServiceNetwork]
                    - '${F}': false
            """);

        Assert.False(result.Single("Policy").Prop("allowAssociationToShareableServiceNetwork").AsBoolean);
    }

    [Fact]
    public void LoopInConditions_ExpandsNamedConditions()
    {
        var result = Cfn.Collect(Header + """
            Parameters:
              Env: { Type: String, Default: prod }
            Conditions:
              'Fn::ForEach::Envs':
                - E
                - [prod, dev]
                - 'Is${E}': !Equals [!Ref Env, '${E}']
            Resources:
              ProdSn:
                Type: AWS::VpcLattice::ServiceNetwork
                Condition: Isprod
                Properties: { Name: prod }
              DevSn:
                Type: AWS::VpcLattice::ServiceNetwork
                Condition: Isdev
                Properties: { Name: dev }
            """);

        Assert.Equal(["ProdSn"], result.Resources.Select(r => r.Address!));
    }

    [Fact]
    public void UnexpandableLoop_IsAWarningAtTheLoop_AndTheRestIsScanned()
    {
        var result = Cfn.Collect(Header + """
            Resources:
              'Fn::ForEach::Subnets':
                - Az
                - !GetAZs ''
                - 'Sn&{Az}':
                    Type: AWS::VpcLattice::ServiceNetwork
                    Properties: { Name: '${Az}' }
              Kept:
                Type: AWS::VpcLattice::ServiceNetwork
                Properties: { Name: kept }
            """);

        Assert.Equal(["Kept"], result.Resources.Select(r => r.Address!));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "LoopNotExpanded");
        Assert.Equal((DiagnosticLevel.Warning, 4, 3), (warning.Level, warning.Line, warning.Column));
        Assert.Contains("Fn::ForEach::Subnets is not expanded: its collection is not known before deployment (Fn::GetAZs", warning.Message);
    }

    [Fact]
    public void MalformedLoop_AndDuplicateOutputKeys_AreWarnings()
    {
        var result = Cfn.Collect(Header + """
            Resources:
              'Fn::ForEach::Broken': [OnlyIdentifier]
              'Fn::ForEach::Same':
                - X
                - [a, b]
                - 'Fixed':
                    Type: AWS::VpcLattice::ServiceNetwork
                    Properties: { Name: '${X}' }
            """);

        var warnings = result.Diagnostics.Where(d => d.Code == "LoopNotExpanded").Select(d => d.Message).ToList();
        Assert.Contains(warnings, m => m.StartsWith("Fn::ForEach::Broken is not expanded: it must be [Identifier, Collection", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.Contains("produces the key 'Fixed' a second time", StringComparison.Ordinal));
        Assert.Equal("a", result.Single("Fixed").Str("name"));
    }

    [Fact]
    public void JsonTemplate_ExpandsLoops()
    {
        var result = Cfn.Collect("""
            {
              "Transform": "AWS::LanguageExtensions",
              "Resources": {
                "Fn::ForEach::Nets": ["N", ["a", "b"], {
                  "Sn${N}": { "Type": "AWS::VpcLattice::ServiceNetwork", "Properties": { "Name": {"Fn::Sub": "sn-${N}"} } }
                }]
              }
            }
            """, file: "t.json");

        Assert.Equal(["Sna", "Snb"], result.Resources.Select(r => r.Address!).Order());
        Assert.Equal(new SourceLocation("t.json", 5, 7, "Snb"), result.Single("Snb").Location);
    }

    [Fact]
    public void OtherTransforms_AreStillNoted()
    {
        var result = Cfn.Collect("Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\nResources: {}\n");
        var note = Assert.Single(result.Diagnostics, d => d.Code == "Transform");
        Assert.Contains("AWS::Serverless-2016-10-31", note.Message);
        Assert.DoesNotContain("LanguageExtensions", note.Message);
    }

    [Fact]
    public void ExpansionBeyondTheNodeBudget_IsAWarningNotAHang()
    {
        var items = string.Join(", ", Enumerable.Range(0, 1000).Select(i => $"i{i}"));
        var inner = string.Join(", ", Enumerable.Range(0, 1000).Select(i => $"j{i}"));
        var result = Cfn.Collect(Header + $$"""
            Resources:
              'Fn::ForEach::Outer':
                - A
                - [{{items}}]
                - 'Fn::ForEach::Inner':
                    - B
                    - [{{inner}}]
                    - 'Sn${A}${B}':
                        Type: AWS::VpcLattice::ServiceNetwork
                        Properties: { Name: '${A}${B}', Description: x, Tags: [{ Key: a, Value: b }] }
            """);

        Assert.Contains(result.Diagnostics, d => d.Code == "LoopNotExpanded" && d.Message.Contains("more than 1000000 template nodes", StringComparison.Ordinal));
    }
}
