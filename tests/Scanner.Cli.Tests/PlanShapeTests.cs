namespace Scanner.Cli.Tests;

/// <summary>A Terraform plan whose top-level members have the wrong JSON type is an input error, not an empty, passing scan.</summary>
public class PlanShapeTests
{
    [Theory]
    [InlineData("\"resource_changes\": \"oops\"", "'resource_changes' is a string, expected an array", 3)]
    [InlineData("\"planned_values\": []", "'planned_values' is an array, expected an object", 3)]
    [InlineData("\"resource_changes\": [],\n  \"configuration\": 3", "'configuration' is a number, expected an object", 4)]
    public void Scan_WrongTypedPlanMember_Exit2NamingTheMember(string member, string expected, int line)
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "plan.json"), $"{{\n  \"format_version\": \"1.2\",\n  {member}\n}}\n");
        var r = CliRunner.RunIn(dir, null, "scan", "--terraform-plan", "plan.json", "--sarif", "o.sarif");
        Assert.Equal(2, r.ExitCode);
        var error = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"latticescan: error: plan.json:{line}:", error);
        Assert.Contains(expected, error);
        Assert.False(File.Exists(Path.Combine(dir, "o.sarif")));
    }
}
