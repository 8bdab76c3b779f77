using Scanner.Core.Inventory;
using Scanner.Core.Findings;

namespace Scanner.Collectors.CloudFormation.Tests;

public class LocationAndSuppressionTests
{
    internal const string Yaml = """
        Resources:
          Share:
            Type: AWS::RAM::ResourceShare
            Metadata:
              latticescan:
                skip:
                  - id: LS-RAM-001
                    reason: partner account approved in TICKET-1
                  - id: LS-RAM-002
            Properties:
              Name: partners
              Principals: ['999999999999']
              Tags:
                - Key: latticescan:skip:LS-RAM-003
                  Value: tagged reason
                - Key: team
                  Value: data
        """;

    internal const string Json = """
        {
          "Resources": {
            "Share": {
              "Type": "AWS::RAM::ResourceShare",
              "Properties": {
                "Name": "partners",
                "AllowExternalPrincipals": false,
                "Principals": ["999999999999"]
              }
            }
          }
        }
        """;

    [Fact]
    public void Location_YamlLogicalId_IsLineAndColumnOfKey()
    {
        var share = Cfn.Collect(Yaml).Single("Share");
        Assert.Equal(new SourceLocation("t.yaml", 2, 3, "Share"), share.Location);
    }

    [Fact]
    public void PropertyLocation_Yaml_PointsAtPropertyKeyUnderBothNames()
    {
        var share = Cfn.Collect(Yaml).Single("Share");
        Assert.Equal((12, 7), (share.PropertyLocations["principals"].Line, share.PropertyLocations["principals"].Column));
        Assert.Equal(share.PropertyLocations["principals"], share.PropertyLocations["Principals"]);
        Assert.Equal("Share", share.PropertyLocations["principals"].LogicalName);
    }

    [Fact]
    public void Location_Json_IsLineAndColumnOfKey()
    {
        var share = Cfn.Collect(Json, file: "t.json").Single("Share");
        Assert.Equal(new SourceLocation("t.json", 3, 5, "Share"), share.Location);
        Assert.Equal((7, 9), (share.PropertyLocations["allowExternalPrincipals"].Line, share.PropertyLocations["allowExternalPrincipals"].Column));
        Assert.False(share.Prop("allowExternalPrincipals").AsBoolean);
        Assert.Equal("t.json#Share", share.Key);
    }

    [Fact]
    public void Json_WithTabsAndLongKeys_Parses()
    {
        var longKey = new string('k', 2000);
        var text = "{\n\t\"Resources\": {\n\t\t\"Sn\": {\"Type\": \"AWS::VpcLattice::ServiceNetwork\", \"Metadata\": {\"" + longKey + "\": 1}, \"Properties\": {\"Name\": \"sn\\/x\"}}\n\t}\n}";
        var sn = Cfn.Collect(text).Single("Sn");
        Assert.Equal("sn/x", sn.Str("name"));
        Assert.Equal((3, 3), (sn.Location!.Line, sn.Location.Column));
    }

    [Fact]
    public void Json_IntrinsicFunctions_Resolve()
    {
        var text = """
            {"Parameters": {"Env": {"Type": "String", "Default": "dev"}},
             "Resources": {
               "Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "x"}},
               "Gw": {"Type": "AWS::VpcLattice::ResourceGateway", "Properties": {
                  "Name": {"Fn::Join": ["-", ["gw", {"Ref": "Env"}]]},
                  "Ipv4AddressesPerEni": 4,
                  "SecurityGroupIds": [{"Fn::GetAtt": ["Sg", "GroupId"]}]}}}}
            """;
        var gw = Cfn.Collect(text, file: "t.json").Single("Gw");
        Assert.Equal(("gw-dev", 4.0), (gw.Str("name"), gw.Prop("ipv4AddressesPerEni").AsNumber));
        Assert.Equal(["t.json#Sg"], gw.Targets("securityGroups"));
    }

    [Fact]
    public void Json_MinifiedOneLine_ColumnsCountCharactersNotBytes()
    {
        var text = "{\"Description\":\"ÄÖÜ\",\"Resources\":{\"Sn\":{\"Type\":\"AWS::VpcLattice::ServiceNetwork\",\"Properties\":{\"AuthType\":\"AWS_IAM\"}}}}";
        var sn = Cfn.Collect(text, file: "t.json").Single("Sn");
        Assert.Equal((1, text.IndexOf("\"Sn\"", StringComparison.Ordinal) + 1), (sn.Location!.Line, sn.Location.Column));
        Assert.Equal(text.IndexOf("\"AuthType\"", StringComparison.Ordinal) + 1, sn.PropertyLocations["authType"].Column);
    }

    [Fact]
    public void DuplicateKey_InLargeMapping_IsRejected()
    {
        var keys = string.Concat(Enumerable.Range(0, 12).Select(i => $"  K{i}: v\n"));
        var e = Cfn.Fails("Resources: {}\nMetadata:\n" + keys + "  K3: again\n");
        Assert.Equal("t.yaml:15:3: duplicate key 'K3' (first defined at line 6, column 3)", e.Message);
    }

    [Fact]
    public void MetadataSuppression_IsReadWithReasonAndDefault()
    {
        var s = Cfn.Collect(Yaml).Single("Share").InlineSuppressions;
        Assert.Equal("partner account approved in TICKET-1", s["LS-RAM-001"]);
        Assert.Equal("suppressed in template Metadata", s["LS-RAM-002"]);
    }

    [Fact]
    public void TagSuppression_IsReadAndTagsAreMapped()
    {
        var share = Cfn.Collect(Yaml).Single("Share");
        Assert.Equal("tagged reason", share.InlineSuppressions["LS-RAM-003"]);
        Assert.Equal("data", share.Prop("tags").GetString("team"));
        Assert.Equal(3, share.InlineSuppressions.Count);
    }

    [Fact]
    public void MetadataSuppression_Malformed_IsReportedNotThrown()
    {
        var text = Cfn.Template("""
              Sn:
                Type: AWS::VpcLattice::ServiceNetwork
                Metadata:
                  latticescan: { skip: [ { reason: no id } ] }
            """);
        var result = Cfn.Collect(text);
        Assert.Empty(result.Single("Sn").InlineSuppressions);
        Assert.Contains(result.Diagnostics, d => d.Message == "Sn.Metadata: a latticescan skip entry has no 'id'; it is ignored");
    }

    [Fact]
    public void NumericLookingStrings_KeepTheirDigits()
    {
        var text = Cfn.Template("""
              Share:
                Type: AWS::RAM::ResourceShare
                Properties:
                  Name: s
                  Principals: [012345678901]
            """);
        Assert.Equal("012345678901", Cfn.Collect(text).Single("Share").Prop("principals").Items[0].GetString("id"));
    }

    [Fact]
    public void Transform_IsNotedAsDiagnostic()
    {
        var result = Cfn.Collect("Transform: AWS::Serverless-2016-10-31\nResources: {}\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticLevel.Note, "Transform"), (d.Level, d.Code));
    }
}
