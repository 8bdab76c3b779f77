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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf8File_IsReadFromItsBytes_WithTheSamePositionsAsText(bool bom)
    {
        // Multi-byte characters before the resource: columns count characters, not bytes.
        const string yaml = "Description: \"ネットワーク\"\nResources:\n  Sn:\n    Type: AWS::VpcLattice::ServiceNetwork\n    Properties: { Name: ネット }\n";
        const string json = "\n {\"Description\": \"é\", \"Resources\": {\n  \"Sn\": {\"Type\": \"AWS::VpcLattice::ServiceNetwork\", \"Properties\": {\"Name\": \"ネット\"}}}}";
        foreach (var (text, extension) in new[] { (yaml, "yaml"), (json, "json") })
        {
            var path = Path.Combine(Path.GetTempPath(), $"cfn-utf8-{Guid.NewGuid():N}.{extension}");
            File.WriteAllText(path, text, new UTF8Encoding(bom));
            try
            {
                var fromFile = new CloudFormationCollector().Collect(path).Single("Sn");
                var fromText = new CloudFormationCollector().CollectFromText(text, path).Single("Sn");
                Assert.Equal("ネット", fromFile.Str("name"));
                Assert.Equal(fromText.Location, fromFile.Location);
                Assert.Equal(fromText.PropertyLocations["name"], fromFile.PropertyLocations["name"]);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }

    [Fact]
    public void Utf8File_LeadingNonAsciiBlank_IsJudgedAsText()
    {
        // U+2003 is blank to the JSON/YAML choice but not to the JSON reader: the same error from the file as from text.
        const string text = "\u2003{\"Resources\": {}}";
        var path = Path.Combine(Path.GetTempPath(), $"cfn-blank-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        try
        {
            var fromFile = Assert.Throws<Scanner.Core.Collection.InputException>(() => new CloudFormationCollector().Collect(path));
            var fromText = Assert.Throws<Scanner.Core.Collection.InputException>(() => new CloudFormationCollector().CollectFromText(text, path));
            Assert.Equal(fromText.Message, fromFile.Message);
            Assert.Contains("invalid JSON", fromFile.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Utf8FileWithBom_InvalidBytes_AreReportedAtTheirOffsetAfterTheBom()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cfn-bom-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "Resources: "u8, 0xC3]);
        try
        {
            var e = Assert.Throws<Scanner.Core.Collection.InputException>(() => new CloudFormationCollector().Collect(path));
            Assert.Equal($"{path}: not UTF-8 text (invalid byte sequence at offset 11), not a CloudFormation template", e.Message);
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
