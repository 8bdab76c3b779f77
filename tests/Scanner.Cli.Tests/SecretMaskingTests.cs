using System.Text.Json.Nodes;

namespace Scanner.Cli.Tests;

/// <summary>
/// Values that Terraform (<c>after_sensitive</c>) or CloudFormation (<c>NoEcho</c>) mark secret never reach any
/// output: terminal, JSON, SARIF, snapshot. Each case first shows the same input without the mark does print the
/// value, so the check can fail.
/// </summary>
public sealed class SecretMaskingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("latticescan-secret-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string AllOutputs(params string[] input)
    {
        var (json, sarif, snapshot) = (Path.Combine(_dir, "r.json"), Path.Combine(_dir, "r.sarif"), Path.Combine(_dir, "s.json"));
        var scan = CliRunner.RunIn(_dir, null, ["scan", .. input, "--json", json, "--sarif", sarif, "--fail-on", "none"]);
        Assert.True(scan.ExitCode == 0, scan.Stderr);
        var collect = CliRunner.RunIn(_dir, null, ["collect", .. input, "--output", snapshot]);
        Assert.True(collect.ExitCode == 0, collect.Stderr);
        return string.Join("\n", scan.Stdout, scan.Stderr, collect.Stdout, collect.Stderr, File.ReadAllText(json), File.ReadAllText(sarif), File.ReadAllText(snapshot));
    }

    private string TerraformPlan(bool sensitive)
    {
        var plan = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "examples/terraform/plan.json")))!;
        foreach (var change in plan["resource_changes"]!.AsArray())
        {
            if (change!["type"]!.GetValue<string>() != "aws_vpclattice_resource_gateway") continue;
            change["change"]!["after"]!["name"] = "SECRET-tf-gateway-name";
            if (sensitive) change["change"]!["after_sensitive"] = new JsonObject { ["name"] = true };
        }
        var path = Path.Combine(_dir, sensitive ? "sensitive-plan.json" : "plain-plan.json");
        File.WriteAllText(path, plan.ToJsonString());
        return path;
    }

    [Fact]
    public void Terraform_AfterSensitiveValue_InNoOutput()
    {
        Assert.Contains("SECRET-tf-gateway-name", AllOutputs("--terraform-plan", TerraformPlan(sensitive: false)));
        Assert.DoesNotContain("SECRET-", AllOutputs("--terraform-plan", TerraformPlan(sensitive: true)));
    }

    private string Template(bool noEcho)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "examples/cloudformation/provider.yaml"));
        var echo = noEcho ? "\n    NoEcho: true" : "";
        text = text.Replace("Parameters:\n", $"Parameters:\n  GatewayName:\n    Type: String{echo}\n    Default: SECRET-cfn-gateway-name\n");
        text = text.Replace("      Name: db-gateway\n", "      Name: !Ref GatewayName\n");
        text = text.Replace("  AuroraEndpoint:\n    Type: String\n", $"  AuroraEndpoint:\n    Type: String{echo}\n");
        Assert.Contains("!Ref GatewayName", text);
        var path = Path.Combine(_dir, noEcho ? "secret.yaml" : "plain.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void CloudFormation_NoEchoParameter_InNoOutput()
    {
        string[] endpoint = ["--cfn-parameter", "AuroraEndpoint=SECRET-cfn-endpoint.example.com"];
        var plain = AllOutputs(["--cloudformation", Template(noEcho: false), .. endpoint]);
        Assert.Contains("SECRET-cfn-gateway-name", plain);
        Assert.Contains("SECRET-cfn-endpoint.example.com", plain);
        Assert.DoesNotContain("SECRET-", AllOutputs(["--cloudformation", Template(noEcho: true), .. endpoint]));
    }
}
