namespace Scanner.Cli.Tests;

/// <summary>ASFF flags: the Security Hub account and Region are required or derivable, checked before anything is written.</summary>
public class AsffCommandTests
{
    private static readonly string[] Example = ["scan", "--terraform-plan", "examples/terraform/plan.json", "--org-accounts", "examples/org-accounts.txt", "--fail-on", "none"];

    [Fact]
    public void IacScan_WithoutAsffAccount_IsUsageError_AndWritesNoOutput()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var json = Path.Combine(dir, "r.json");
        var r = CliRunner.Run([.. Example, "--asff", Path.Combine(dir, "r.asff.json"), "--json", json, "--asff-region", "eu-west-1"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("ASFF output needs --asff-account", r.Stderr);
        Assert.False(File.Exists(json), "no output file may be written when the ASFF target is missing");
        Assert.Empty(Directory.GetFiles(dir));
    }

    [Theory]
    [InlineData("12345", "eu-west-1", "--asff-account '12345' must be a 12-digit AWS account id")]
    [InlineData("111111111111", "Frankfurt", "--asff-region 'Frankfurt' is not an AWS Region name")]
    public void BadAsffFlag_IsUsageError(string account, string region, string expected)
    {
        var r = CliRunner.Run([.. Example, "--format", "asff", "--asff-account", account, "--asff-region", region]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, r.Stderr);
    }

    [Fact]
    public void FormatAsff_PrintsTheFindingsArrayOnStdout()
    {
        var r = CliRunner.Run([.. Example, "--format", "asff", "--asff-account", "111111111111", "--asff-region", "eu-west-1"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var doc = System.Text.Json.JsonDocument.Parse(r.Stdout);
        Assert.True(doc.RootElement.GetArrayLength() > 0);
        Assert.All(doc.RootElement.EnumerateArray(), f => Assert.Equal("arn:aws:securityhub:eu-west-1:111111111111:product/111111111111/default", f.GetProperty("ProductArn").GetString()));
        var errors = Scanner.Tests.Shared.SecurityHub.AsffModel.Load().ValidateFindingsArray(doc.RootElement);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
