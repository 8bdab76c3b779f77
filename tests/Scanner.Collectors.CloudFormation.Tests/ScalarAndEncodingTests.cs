using System.Text;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Tests;

public class ScalarAndEncodingTests
{
    private static Resource Network(string properties) =>
        Cfn.Collect(Cfn.Template($"  Sn:\n    Type: AWS::VpcLattice::ServiceNetwork\n    Properties:\n{properties}")).Single("Sn");

    [Fact]
    public void StrTag_ForcesString_PlainTrueIsBoolean()
    {
        var sn = Network("      Name: !!str true\n      SharingConfig: { enabled: TRUE }\n");
        Assert.Equal("true", sn.Str("name"));
        Assert.True(sn.Prop("sharingEnabled").AsBoolean);
    }

    [Fact]
    public void QuotedTrue_IsCoercedToBooleanWhereSchemaWantsOne()
    {
        Assert.True(Network("      SharingConfig: { enabled: 'true' }\n").Prop("sharingEnabled").AsBoolean);
    }

    [Fact]
    public void WrongShape_BecomesUnknownWithInvalidValueWarning()
    {
        var result = Cfn.Collect(Cfn.Template("  Sn:\n    Type: AWS::VpcLattice::ServiceNetwork\n    Properties:\n      AuthType: [NONE]\n"));
        Assert.True(result.Single("Sn").Prop("authType").IsUnknown);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("InvalidValue", "Sn.authType: expected a string, found a list", 6, 7), (d.Code, d.Message, d.Line, d.Column));
    }

    [Fact]
    public void Select_LiteralList_ReferencesOnlyTheChosenItem()
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
                  SecurityGroupIds: [!Select [1, [!Ref A, !Ref B]]]
            """);
        Assert.Equal(["t.yaml#B"], Cfn.Collect(text).Single("Gw").Targets("securityGroups"));
    }

    [Fact]
    public void Utf16FileWithBom_IsRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cfn-utf16-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "Resources:\n  Sn:\n    Type: AWS::VpcLattice::ServiceNetwork\n    Properties: { Name: ネットワーク }\n", new UnicodeEncoding(false, true));
        try
        {
            Assert.Equal("ネットワーク", new CloudFormationCollector().Collect(path).Single("Sn").Str("name"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void JsonWithComment_IsRejected()
    {
        var e = Cfn.Fails("{ // comment\n \"Resources\": {} }");
        Assert.StartsWith("t.yaml:1:3: invalid JSON: ", e.Message);
    }
}
