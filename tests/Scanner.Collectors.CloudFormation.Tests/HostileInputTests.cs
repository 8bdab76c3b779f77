using System.Text;
using Scanner.Core.Collection;

namespace Scanner.Collectors.CloudFormation.Tests;

public class HostileInputTests
{
    private static string Message(string text, CloudFormationOptions? options = null) => Cfn.Fails(text, options).Message;

    [Fact]
    public void AliasBomb_BillionLaughs_StopsAtExpansionLimit()
    {
        var sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 9; i++)
            sb.Append($"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i - 1), 10))}]\n");
        sb.Append("Resources: {}\n");
        var e = Cfn.Fails(sb.ToString());
        Assert.Equal("t.yaml:4:36: YAML aliases expand to more than 10000 nodes (CloudFormationOptions.MaxAliasExpansions); alias bomb?", e.Message);
    }

    [Fact]
    public void Aliases_WithinLimit_AreShared()
    {
        var text = Cfn.Template("""
              Gw:
                Type: AWS::VpcLattice::ResourceGateway
                Properties:
                  SubnetIds: &subnets [subnet-1, subnet-2]
              Gw2:
                Type: AWS::VpcLattice::ResourceGateway
                Properties:
                  SubnetIds: *subnets
            """);
        Assert.Equal(2, Cfn.Collect(text).Single("Gw2").Prop("subnetIds").Items.Count);
    }

    [Fact]
    public void DeepNesting_FlowSequences_StopsAtMaxDepth()
    {
        var text = "Resources: " + new string('[', 100_000) + new string(']', 100_000);
        Assert.Equal("t.yaml:1:139: nesting deeper than 128 levels (CloudFormationOptions.MaxDepth)", Message(text));
    }

    [Fact]
    public void DeepNesting_Json_StopsAtMaxDepth()
    {
        var text = "{\"Resources\": " + string.Concat(Enumerable.Repeat("{\"a\": ", 100_000)) + "1" + new string('}', 100_001);
        Assert.Equal("t.yaml:1:777: nesting deeper than 128 levels (CloudFormationOptions.MaxDepth)", Message(text));
    }

    [Fact]
    public void UnknownTag_NamesTagLineAndColumn()
    {
        var text = Cfn.Template("""
              Gw:
                Type: AWS::VpcLattice::ResourceGateway
                Properties:
                  Name: !Foo bar
            """);
        var e = Cfn.Fails(text);
        Assert.StartsWith("t.yaml:6:13: unknown tag '!Foo'; CloudFormation short forms are !Ref, !Condition, !GetAtt", e.Message);
        Assert.Equal((6, 13), (e.Line, e.Column));
    }

    [Fact]
    public void DuplicateKey_IsRejectedWithBothPositions()
    {
        var text = Cfn.Template("""
              Gw:
                Type: AWS::VpcLattice::ResourceGateway
              Gw:
                Type: AWS::EC2::SecurityGroup
            """);
        Assert.Equal("t.yaml:5:3: duplicate key 'Gw' (first defined at line 3, column 3)", Message(text));
    }

    [Fact]
    public void DuplicateKey_Json_IsRejected()
    {
        Assert.Equal("t.yaml:1:29: duplicate key 'Resources' (first defined at line 1, column 2)", Message("{\"Resources\": {}, \"x\": 1,   \"Resources\": {}}"));
    }

    [Fact]
    public void BinaryGarbage_IsRejectedAsBinary()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cfn-binary-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF]);
        try
        {
            var e = Assert.Throws<InputException>(() => new CloudFormationCollector().Collect(path));
            Assert.Equal($"{path}: binary data (NUL byte at offset 6), not a CloudFormation template", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void InvalidUtf8_IsRejected()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cfn-latin1-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, [.. "Resources: "u8, 0xE9, 0xFF, (byte)'\n']);
        try
        {
            var e = Assert.Throws<InputException>(() => new CloudFormationCollector().Collect(path));
            Assert.Equal($"{path}: not UTF-8 text (invalid byte sequence at offset 11), not a CloudFormation template", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ControlCharacters_InText_AreRejected()
    {
        Assert.Equal("t.yaml:1:12: binary data (NUL character), not a CloudFormation template", Message("Resources: \0\u0001\u0002"));
    }

    [Fact]
    public void TruncatedYaml_ReportsParserError()
    {
        var e = Cfn.Fails("Resources:\n  Gw:\n    Type: AWS::VpcLattice::ResourceGateway\n    Properties: { Name: \"unterminated");
        Assert.Equal("t.yaml:4:25: invalid YAML: While scanning a quoted scalar, found unexpected end of stream.", e.Message);
    }

    [Fact]
    public void TruncatedJson_ReportsParserError()
    {
        var e = Cfn.Fails("{\n  \"Resources\": {\n    \"Gw\": {\"Type\": \"AWS::VpcLattice::ResourceGateway\"");
        Assert.StartsWith("t.yaml:3:", e.Message);
        Assert.Contains("invalid JSON: ", e.Message);
    }

    [Fact]
    public void TerraformPlanJson_SaysItIsAPlan()
    {
        var plan = """{"format_version":"1.2","terraform_version":"1.9.5","planned_values":{"root_module":{}},"resource_changes":[]}""";
        Assert.Equal("plan.json: this is a Terraform plan (terraform show -json), not a CloudFormation template; scan it as a Terraform plan",
            Cfn.Fails(plan, file: "plan.json").Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n...\n")]
    public void EmptyFile_SaysEmpty(string text)
    {
        Assert.Equal("t.yaml: file is empty (no template)", Message(text));
    }

    [Fact]
    public void FileNotFound_SaysNotFound()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.yaml");
        var e = Assert.Throws<InputException>(() => new CloudFormationCollector().Collect(path));
        Assert.Equal($"{path}: file not found", e.Message);
    }

    [Fact]
    public void Directory_SaysNotAFile()
    {
        var e = Assert.Throws<InputException>(() => new CloudFormationCollector().Collect(Path.GetTempPath()));
        Assert.Equal($"{Path.GetTempPath()}: is a directory, not a template file", e.Message);
    }

    [Fact]
    public void HugeFile_OverLimit_IsRejectedBeforeParsing()
    {
        var options = new CloudFormationOptions { MaxDocumentBytes = 1024 };
        var text = "Resources: {}\n# " + new string('x', 2000);
        Assert.Equal("t.yaml: file is 2016 bytes, over the 1024-byte limit (CloudFormationOptions.MaxDocumentBytes)", Message(text, options));
    }

    [Fact]
    public void HugeFile_OnDisk_IsRejectedBySize()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cfn-big-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "Resources: {}\n" + new string('#', 5000));
        try
        {
            var e = Assert.Throws<InputException>(() => new CloudFormationCollector(new CloudFormationOptions { MaxDocumentBytes = 4096 }).Collect(path));
            Assert.Equal($"{path}: file is 5014 bytes, over the 4096-byte limit (CloudFormationOptions.MaxDocumentBytes)", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("AWSTemplateFormatVersion: '2010-09-09'\nDescription: nothing\n", "t.yaml: not a CloudFormation template: no 'Resources' section")]
    [InlineData("- a\n- b\n", "t.yaml:1:1: not a CloudFormation template: the document is a list, not a mapping")]
    [InlineData("just text\n", "t.yaml:1:1: not a CloudFormation template: the document is a single scalar, not a mapping")]
    [InlineData("Resources: [a, b]\n", "t.yaml:1:12: 'Resources' must be a mapping of logical ids to resource definitions")]
    [InlineData("Resources:\n  Gw: text\n", "t.yaml:2:3: resource 'Gw' must be a mapping with a Type")]
    [InlineData("Resources:\n  Gw:\n    Properties: {}\n", "t.yaml:2:3: resource 'Gw' has no Type string")]
    [InlineData("Resources:\n  Gw:\n    Type: X\n    Properties: [1]\n", "t.yaml:4:17: resource 'Gw': Properties must be a mapping")]
    [InlineData("a: 1\n---\nb: 2\n", "t.yaml:2:1: more than one YAML document in the file; a template is one document")]
    [InlineData("Resources:\n  ? [a, b]\n  : x\n", "t.yaml:2:5: mapping keys must be scalars (complex YAML keys are not valid in a template)")]
    [InlineData("Resources:\n  Gw: *nothing\n", "t.yaml:2:7: alias '*nothing' refers to an undefined anchor")]
    [InlineData("Resources:\n  Gw: !!python/object x\n", "t.yaml:2:7: unsupported YAML tag 'tag:yaml.org,2002:python/object'")]
    public void MalformedTemplate_HasExactMessage(string text, string expected)
    {
        Assert.Equal(expected, Message(text));
    }
}
