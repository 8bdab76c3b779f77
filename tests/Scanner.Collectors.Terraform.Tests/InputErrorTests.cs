using System.Text;
using Scanner.Collectors.Terraform.Tests.Support;
using Scanner.Core.Collection;
using Xunit;

namespace Scanner.Collectors.Terraform.Tests;

public sealed class InputErrorTests
{
    private static readonly TerraformPlanCollector Collector = new();

    private static InputException Fail(string json, TerraformPlanOptions? options = null) =>
        Assert.Throws<InputException>(() => new TerraformPlanCollector(options).CollectFromText(json, "plan.json"));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void CollectFromText_EmptyDocument_ThrowsEmptyFile(string json)
    {
        var e = Fail(json);
        Assert.Equal("plan.json: empty file: expected Terraform plan JSON (terraform show -json PLANFILE)", e.Message);
    }

    [Fact]
    public void CollectFromText_TruncatedDocument_ReportsTruncationWithPosition()
    {
        var e = Fail("{\n  \"format_version\": \"1.2\",\n  \"resource_changes\": [");
        Assert.Equal("truncated JSON: the document ends before all its objects, arrays and strings are closed", e.Reason);
        Assert.Equal(3, e.Line);
        Assert.StartsWith("plan.json:3:", e.Message);
    }

    [Fact]
    public void CollectFromText_MalformedJson_ReportsOneBasedLineAndColumn()
    {
        var e = Fail("{\n  \"format_version\": \"1.2\",\n  \"resource_changes\": [} \n}");
        Assert.Equal(3, e.Line);
        Assert.Equal(24, e.Column);
        Assert.StartsWith("plan.json:3:24: malformed JSON: ", e.Message);
        Assert.DoesNotContain("LineNumber", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void CollectFromText_CloudFormationTemplate_SaysWhatItLooksLike()
    {
        var e = Fail("""{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Gw": {"Type": "AWS::VpcLattice::ResourceGateway"}}}""");
        Assert.Equal("plan.json: not a Terraform plan: this looks like a CloudFormation template (AWSTemplateFormatVersion/Resources); scan it with the CloudFormation input", e.Message);
    }

    [Fact]
    public void CollectFromText_CloudFormationWithoutVersionKey_StillRecognised()
    {
        var e = Fail("""{"Resources": {"Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {}}}}""");
        Assert.Contains("looks like a CloudFormation template", e.Reason);
    }

    [Fact]
    public void CollectFromText_StateJson_SaysItIsState()
    {
        var e = Fail("""{"format_version": "1.0", "terraform_version": "1.9.5", "values": {"root_module": {"resources": []}}}""");
        Assert.Equal("not a Terraform plan: this looks like Terraform state JSON (terraform show -json without a plan file); give the JSON of a plan: terraform show -json PLANFILE", e.Reason);
    }

    [Fact]
    public void CollectFromText_RawStateFile_SaysItIsAStateFile()
    {
        var e = Fail("""{"version": 4, "terraform_version": "1.9.5", "serial": 3, "lineage": "0b5c", "outputs": {}, "resources": []}""");
        Assert.StartsWith("not a Terraform plan: this looks like a Terraform state file (terraform.tfstate)", e.Reason);
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("0.2")]
    [InlineData("1")]
    [InlineData("1.x")]
    public void CollectFromText_UnsupportedFormatVersion_Rejected(string version)
    {
        var e = Fail($$"""{"format_version": "{{version}}", "resource_changes": []}""");
        Assert.Equal($"plan.json: unsupported plan format_version \"{version}\" (supported: 1.x, and 0.1 from Terraform 0.12-0.15)", e.Message);
    }

    [Theory]
    [InlineData("0.1")]
    [InlineData("1.0")]
    [InlineData("1.2")]
    [InlineData("1.17")]
    public void CollectFromText_SupportedFormatVersion_Accepted(string version)
    {
        var result = Collector.CollectFromText($$"""{"format_version": "{{version}}", "resource_changes": []}""", "plan.json");
        Assert.Empty(result.Resources);
    }

    [Fact]
    public void CollectFromText_NoFormatVersion_Rejected()
    {
        Assert.Equal("not a Terraform plan: no format_version (expected the output of terraform show -json PLANFILE)", Fail("""{"resource_changes": []}""").Reason);
    }

    [Fact]
    public void CollectFromText_NumericFormatVersion_Rejected()
    {
        Assert.Equal("not a Terraform plan: format_version is a number, expected a string such as \"1.2\"", Fail("""{"format_version": 1.2, "resource_changes": []}""").Reason);
    }

    [Fact]
    public void CollectFromText_ArrayRoot_Rejected()
    {
        Assert.Equal("not a Terraform plan: the JSON root is an array, expected an object with format_version and resource_changes", Fail("[1, 2]").Reason);
    }

    [Fact]
    public void CollectFromText_HundredThousandDeepNesting_RejectedAtDepthLimit()
    {
        var json = "{\"format_version\":\"1.2\",\"x\":" + new string('[', 100_000) + new string(']', 100_000) + "}";
        var e = Fail(json);
        Assert.Equal("JSON nested deeper than the limit of 128 levels (TerraformPlanOptions.MaxDepth)", e.Reason);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void CollectFromText_NestingWithinCustomLimit_Accepted()
    {
        var json = "{\"format_version\":\"1.2\",\"resource_changes\":[],\"x\":" + new string('[', 20) + new string(']', 20) + "}";
        Assert.Equal("JSON nested deeper than the limit of 10 levels (TerraformPlanOptions.MaxDepth)", Fail(json, new TerraformPlanOptions { MaxDepth = 10 }).Reason);
        Assert.Empty(new TerraformPlanCollector(new TerraformPlanOptions { MaxDepth = 30 }).CollectFromText(json, "plan.json").Resources);
    }

    [Fact]
    public void CollectFromText_LargerThanLimit_Rejected()
    {
        var json = """{"format_version": "1.2", "resource_changes": []}""";
        var e = Fail(json, new TerraformPlanOptions { MaxDocumentBytes = 10 });
        Assert.Equal($"plan.json: file is {json.Length} bytes, larger than the limit of 10 bytes (TerraformPlanOptions.MaxDocumentBytes)", e.Message);
    }

    [Fact]
    public void Collect_FileLargerThanLimit_RejectedBeforeReading()
    {
        var path = Fixture.Path("lifecycle.plan.json");
        var e = Assert.Throws<InputException>(() => new TerraformPlanCollector(new TerraformPlanOptions { MaxDocumentBytes = 100 }).Collect(path));
        Assert.Equal(path, e.File);
        Assert.EndsWith("larger than the limit of 100 bytes (TerraformPlanOptions.MaxDocumentBytes)", e.Reason);
    }

    [Fact]
    public void Collect_MissingFile_ThrowsFileNotFound()
    {
        var e = Assert.Throws<InputException>(() => Collector.Collect("does/not/exist.json"));
        Assert.Equal("does/not/exist.json: file not found", e.Message);
    }

    [Fact]
    public void Collect_Directory_ThrowsIsADirectory()
    {
        var dir = Fixture.Path("modules");
        Assert.Equal("is a directory, not a plan JSON file", Assert.Throws<InputException>(() => Collector.Collect(dir)).Reason);
    }

    [Fact]
    public void Collect_BinaryPlanFile_SaysToConvertIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"latticescan-binary-{Environment.ProcessId}.tfplan");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xFF, 0xFE]);
        try
        {
            var e = Assert.Throws<InputException>(() => Collector.Collect(path));
            Assert.Equal("not JSON: this looks like a binary file (a saved plan file? convert it with `terraform show -json PLANFILE`)", e.Reason);
            Assert.Equal(1, e.Line);
            Assert.Equal(1, e.Column);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Collect_Utf8Bom_Accepted()
    {
        var path = Path.Combine(Path.GetTempPath(), $"latticescan-bom-{Environment.ProcessId}.json");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetPreamble(), .. File.ReadAllBytes(Fixture.Path("lifecycle.plan.json"))]);
        try
        {
            Assert.Equal(5, Collector.Collect(path).Resources.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Constructor_DepthAboveCeiling_IsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TerraformPlanCollector(new TerraformPlanOptions { MaxDepth = 100_000 }));
    }
}
