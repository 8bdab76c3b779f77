using Scanner.Core.Normalisation;
using Scanner.Core.Inventory;
using Scanner.Core.Findings;

namespace Scanner.Collectors.CloudFormation.Tests;

public class KindMappingTests
{
    internal const string Template = """
        AWSTemplateFormatVersion: '2010-09-09'
        Parameters:
          Consumer:
            Type: String
            Default: '222222222222'
          Secret:
            Type: String
        Resources:
          GwSg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: gateway
              VpcId: vpc-11111111
          Gw:
            Type: AWS::VpcLattice::ResourceGateway
            Properties:
              Name: gw
              VpcIdentifier: vpc-11111111
              SubnetIds: [subnet-a, subnet-b]
              SecurityGroupIds: [!Ref GwSg, sg-0literal0000000]
              IpAddressType: IPV4
              Ipv4AddressesPerEni: 16
          Group:
            Type: AWS::VpcLattice::ResourceConfiguration
            Properties:
              Name: group
              ResourceConfigurationType: GROUP
              ResourceGatewayId: !Ref Gw
          Db:
            Type: AWS::VpcLattice::ResourceConfiguration
            Properties:
              Name: db
              ResourceConfigurationType: CHILD
              ResourceConfigurationGroupId: !GetAtt Group.Id
              ResourceGatewayId: !GetAtt Gw.Id
              ProtocolType: TCP
              PortRanges: ["5432", "1024-1030", 99999]
              ResourceConfigurationDefinition:
                DnsResource: { DomainName: db.example.internal, IpAddressType: IPV4 }
              AllowAssociationToSharableServiceNetwork: "true"
          ByIp:
            Type: AWS::VpcLattice::ResourceConfiguration
            Properties:
              Name: by-ip
              ResourceConfigurationType: SINGLE
              ResourceConfigurationDefinition: { IpResource: 10.0.0.5 }
          ByArn:
            Type: AWS::VpcLattice::ResourceConfiguration
            Properties:
              Name: by-arn
              ResourceConfigurationType: ARN
              ResourceConfigurationDefinition: { ArnResource: !Sub "arn:aws:rds:${AWS::Region}:111111111111:db:x" }
          Sn:
            Type: AWS::VpcLattice::ServiceNetwork
            Properties:
              Name: sn
          SharedSn:
            Type: AWS::VpcLattice::ServiceNetwork
            Properties:
              Name: shared
              AuthType: AWS_IAM
              SharingConfig: { enabled: true }
          SnVpc:
            Type: AWS::VpcLattice::ServiceNetworkVpcAssociation
            Properties:
              ServiceNetworkIdentifier: !Ref Sn
              VpcIdentifier: vpc-22222222
          SnRes:
            Type: AWS::VpcLattice::ServiceNetworkResourceAssociation
            Properties:
              ServiceNetworkId: !GetAtt Sn.Id
              ResourceConfigurationId: !GetAtt Db.Id
              PrivateDnsEnabled: true
          Logs:
            Type: AWS::VpcLattice::AccessLogSubscription
            Properties:
              ResourceIdentifier: !Ref Db
              DestinationArn: !Sub arn:${AWS::Partition}:logs:${AWS::Region}:333333333333:log-group:lattice
          S3Logs:
            Type: AWS::VpcLattice::AccessLogSubscription
            Properties:
              ResourceIdentifier: !Ref Sn
              DestinationArn: !GetAtt Bucket.Arn
          Bucket:
            Type: AWS::S3::Bucket
          Auth:
            Type: AWS::VpcLattice::AuthPolicy
            Properties:
              ResourceIdentifier: !Ref SharedSn
              Policy:
                Version: '2012-10-17'
                Statement:
                  - Effect: Allow
                    Principal: '*'
                    Action: vpc-lattice-svcs:Invoke
                    Resource: !Sub arn:aws:vpc-lattice:${AWS::Region}:111111111111:service/*
          Policy:
            Type: AWS::VpcLattice::ResourcePolicy
            Properties:
              ResourceArn: !GetAtt SharedSn.Arn
              Policy:
                Statement:
                  Effect: Allow
                  Principal: { AWS: [!Ref Consumer] }
                  Action: vpc-lattice:CreateServiceNetworkVpcAssociation
                  Condition: { StringEquals: { aws:PrincipalOrgID: o-abc123 } }
          Share:
            Type: AWS::RAM::ResourceShare
            Properties:
              Name: share
              ResourceArns: [!GetAtt Db.Arn, arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdefg]
              Principals:
                - !Ref Consumer
                - arn:aws:organizations::111111111111:organization/o-abc123
                - arn:aws:organizations::111111111111:ou/o-abc123/ou-ab12-cdefgh12
                - arn:aws:iam::444444444444:role/consumer
                - !Ref Secret
          PrivateShare:
            Type: AWS::RAM::ResourceShare
            Properties:
              Name: private
              AllowExternalPrincipals: false
          Endpoint:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcEndpointType: Resource
              VpcId: vpc-22222222
              ResourceConfigurationArn: !Sub arn:${AWS::Partition}:vpc-lattice:${AWS::Region}:111111111111:resourceconfiguration/rcfg-0123456789abcdefg
              SubnetIds: [subnet-c]
              SecurityGroupIds: [!GetAtt GwSg.GroupId]
          LocalEndpoint:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-22222222
              VpcEndpointType: Resource
              ResourceConfigurationArn: !GetAtt Db.Arn
          GatewayEndpoint:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-22222222
              ServiceName: com.amazonaws.us-east-1.s3
        """;

    private static readonly Lazy<Scanner.Core.Collection.CollectionResult> Result = new(() => Cfn.Collect(Template));

    private static Resource R(string id) => Result.Value.Single(id);

    [Fact]
    public void ResourceGateway_MapsPropertiesAndSecurityGroupEdges()
    {
        var gw = R("Gw");
        Assert.Equal(ResourceKinds.ResourceGateway, gw.Kind);
        Assert.Equal(("gw", "vpc-11111111", "IPV4", 16.0), (gw.Str("name"), gw.Str("vpcId"), gw.Str("ipAddressType"), gw.Prop("ipv4AddressesPerEni").AsNumber));
        Assert.Equal(Value.Strings(["subnet-a", "subnet-b"]), gw.Prop("subnetIds"));
        Assert.Equal(Value.List(Value.Unknown, Value.From("sg-0literal0000000")), gw.Prop("securityGroupIds"));
        Assert.Equal(["t.yaml#GwSg", "sg-0literal0000000"], gw.Targets("securityGroups"));
    }

    [Fact]
    public void ResourceConfiguration_DnsChild_MapsDefinitionPortsParentAndGateway()
    {
        var db = R("Db");
        Assert.Equal(("CHILD", "TCP"), (db.Str("type"), db.Str("protocol")));
        var def = db.Prop("definition");
        Assert.Equal(("DNS", "db.example.internal", "IPV4"), (def.GetString("type"), def.GetString("domainName"), def.GetString("ipAddressType")));
        var ports = db.Prop("portRanges").Items;
        Assert.Equal((5432.0, 5432.0), (ports[0].Get("fromPort")!.AsNumber, ports[0].Get("toPort")!.AsNumber));
        Assert.Equal((1024.0, 1030.0), (ports[1].Get("fromPort")!.AsNumber, ports[1].Get("toPort")!.AsNumber));
        Assert.True(ports[2].IsUnknown);
        Assert.True(db.Prop("allowAssociationToShareableServiceNetwork").AsBoolean);
        Assert.True(db.Prop("resourceGatewayId").IsUnknown);
        Assert.Equal(["t.yaml#Gw"], db.Targets("gateway"));
        Assert.Equal(["t.yaml#Group"], db.Targets("parent"));
        Assert.Contains(Result.Value.Diagnostics, d => d.Code == "InvalidValue" && d.Message == "Db.portRanges: port range \"99999\" is not a port or a port range (443, 1024-65535); it is taken as unknown");
    }

    [Fact]
    public void ResourceConfiguration_AllowSharable_DefaultsFalse()
    {
        Assert.False(R("Group").Prop("allowAssociationToShareableServiceNetwork").AsBoolean);
        Assert.Null(R("Group").Properties.Get("definition"));
    }

    [Fact]
    public void ResourceConfiguration_IpAndArnDefinitions_AreTyped()
    {
        Assert.Equal(("IP", "10.0.0.5"), (R("ByIp").Prop("definition").GetString("type"), R("ByIp").Prop("definition").GetString("ipAddress")));
        var arn = R("ByArn").Prop("definition");
        Assert.Equal("ARN", arn.GetString("type"));
        Assert.True(arn.Get("arn")!.IsUnknown);
    }

    [Fact]
    public void ServiceNetwork_AuthTypeDefaultsToNoneAndSharingAbsent()
    {
        Assert.Equal("NONE", R("Sn").Str("authType"));
        Assert.Null(R("Sn").Properties.Get("sharingEnabled"));
        Assert.Equal("AWS_IAM", R("SharedSn").Str("authType"));
        Assert.True(R("SharedSn").Prop("sharingEnabled").AsBoolean);
    }

    [Fact]
    public void VpcAssociation_WithoutSecurityGroups_IsEmptyListAndRelatesNetwork()
    {
        var a = R("SnVpc");
        Assert.Equal(Value.EmptyList, a.Prop("securityGroupIds"));
        Assert.Equal(["t.yaml#Sn"], a.Targets("serviceNetwork"));
        Assert.Equal("vpc-22222222", a.Str("vpcId"));
    }

    [Fact]
    public void ResourceAssociation_RelatesNetworkAndConfiguration()
    {
        var a = R("SnRes");
        Assert.Equal(["t.yaml#Sn"], a.Targets("serviceNetwork"));
        Assert.Equal(["t.yaml#Db"], a.Targets("resourceConfiguration"));
        Assert.True(a.Prop("privateDnsEnabled").AsBoolean);
    }

    [Fact]
    public void AccessLogSubscription_PartlyKnownArn_GivesTypeAndAccount()
    {
        var logs = R("Logs");
        Assert.True(logs.Prop("destinationArn").IsUnknown);
        Assert.Equal(("logs", "333333333333"), (logs.Str("destinationType"), logs.Str("destinationAccountId")));
        Assert.Equal(["t.yaml#Db"], logs.Targets("target"));
    }

    [Fact]
    public void AccessLogSubscription_TemplateBucket_IsS3WithoutAccount()
    {
        var s3 = R("S3Logs");
        Assert.Equal("s3", s3.Str("destinationType"));
        Assert.Null(s3.Properties.Get("destinationAccountId"));
        Assert.Equal(["t.yaml#Sn"], s3.Targets("target"));
    }

    [Fact]
    public void AuthPolicy_ParsesStatementsKeepingUnknownResource()
    {
        var policy = R("Auth").Prop("policy");
        var st = Assert.Single(policy.Get("statements")!.Items);
        Assert.True(st.Get("anyPrincipal")!.AsBoolean);
        Assert.True(Assert.Single(st.Get("resources")!.Items).IsUnknown);
        Assert.Equal(["t.yaml#SharedSn"], R("Auth").Targets("target"));
    }

    [Fact]
    public void ResourcePolicy_ResolvesParameterPrincipalAndOrgCondition()
    {
        var st = Assert.Single(R("Policy").Prop("policy").Get("statements")!.Items);
        Assert.Equal(Value.Strings(["222222222222"]), st.Get("principalAccounts"));
        Assert.True(st.Get("hasOrganizationCondition")!.AsBoolean);
        Assert.Equal(["t.yaml#SharedSn"], R("Policy").Targets("target"));
    }

    [Fact]
    public void ResourceShare_AllowExternalPrincipalsAbsent_IsTrue()
    {
        Assert.True(R("Share").Prop("allowExternalPrincipals").AsBoolean);
        Assert.False(R("PrivateShare").Prop("allowExternalPrincipals").AsBoolean);
    }

    [Fact]
    public void ResourceShare_PrincipalsAreClassified()
    {
        var p = R("Share").Prop("principals").Items;
        Assert.Equal(("222222222222", "account", "222222222222"), (p[0].GetString("id"), p[0].GetString("type"), p[0].GetString("accountId")));
        Assert.Equal(("organization", "o-abc123"), (p[1].GetString("type"), p[1].GetString("organizationId")));
        Assert.Equal(("organizationalUnit", "o-abc123"), (p[2].GetString("type"), p[2].GetString("organizationId")));
        Assert.Equal(("iam", "444444444444"), (p[3].GetString("type"), p[3].GetString("accountId")));
        Assert.True(p[4].IsUnknown);
    }

    [Fact]
    public void ResourceShare_ResourceArns_RelateTemplateAndLiteralConfigurations()
    {
        Assert.Equal(["t.yaml#Db", "arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdefg"], R("Share").Targets("resources"));
    }

    [Fact]
    public void VpcEndpoint_PartlyKnownConfigurationArn_GivesOwnerAccount()
    {
        var e = R("Endpoint");
        Assert.Equal(("Resource", "111111111111"), (e.Str("vpcEndpointType"), e.Str("resourceConfigurationAccountId")));
        Assert.True(e.Prop("resourceConfigurationArn").IsUnknown);
        Assert.False(e.Prop("privateDnsEnabled").AsBoolean);
        Assert.Equal(["t.yaml#GwSg"], e.Targets("securityGroups"));
    }

    [Fact]
    public void VpcEndpoint_TemplateConfiguration_RelatesAndAccountUnknown()
    {
        var e = R("LocalEndpoint");
        Assert.Equal(["t.yaml#Db"], e.Targets("resourceConfiguration"));
        Assert.True(e.Prop("resourceConfigurationAccountId").IsUnknown);
    }

    [Fact]
    public void VpcEndpoint_TypeAbsent_DefaultsToGateway()
    {
        Assert.Equal("Gateway", R("GatewayEndpoint").Str("vpcEndpointType"));
    }

    [Fact]
    public void AllResources_HaveIdentityAndOrigin()
    {
        foreach (var r in Result.Value.Resources)
        {
            Assert.Equal($"t.yaml#{r.Address}", r.Key);
            Assert.Equal(ResourceOrigin.CloudFormation, r.Origin);
            // Identity lives in the resource's fields, never repeated as known values in the property map.
            Assert.DoesNotContain(r.Properties.Entries, e => IdentityProperties.Names.Contains(e.Key) && !e.Value.IsUnknown);
        }
        Assert.DoesNotContain(Result.Value.Resources, r => r.Address == "Bucket");
    }

    [Fact]
    public void AccountId_GivenAsParameter_FillsAccountAndOwners()
    {
        var result = Cfn.WithParameters(Template, ("AWS::AccountId", "111111111111"), ("AWS::Region", "eu-west-1"));
        Assert.Equal("111111111111", result.Single("LocalEndpoint").Str("resourceConfigurationAccountId"));
        Assert.Equal("111111111111", result.Single("Share").Str("owningAccountId"));
        Assert.Equal(("111111111111", "eu-west-1"), (result.Single("Gw").AccountId, result.Single("Gw").Region));
        Assert.Equal("arn:aws:rds:eu-west-1:111111111111:db:x", result.Single("ByArn").Prop("definition").GetString("arn"));
    }

    [Fact]
    public void ParameterWithoutDefault_WarnsOncePerProperty()
    {
        var warnings = Result.Value.Diagnostics.Where(d => d.Message.StartsWith("Share.principals", StringComparison.Ordinal)).ToList();
        var w = Assert.Single(warnings);
        Assert.Equal((DiagnosticLevel.Warning, "UnresolvedValue"), (w.Level, w.Code));
        Assert.Equal("Share.principals: value is unknown: parameter 'Secret' has no Default (give its value as a parameter to resolve it)", w.Message);
    }

    [Fact]
    public void ParameterOverride_WinsOverDefault()
    {
        var result = Cfn.WithParameters(Template, ("Consumer", "999999999999"), ("Secret", "555555555555"));
        var p = result.Single("Share").Prop("principals").Items;
        Assert.Equal(("999999999999", "555555555555"), (p[0].GetString("id"), p[4].GetString("id")));
    }
}
