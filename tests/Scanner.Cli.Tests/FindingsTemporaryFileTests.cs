using System.Text;
using System.Text.Json;

namespace Scanner.Cli.Tests;

/// <summary>
/// A scan with more findings than the memory budget keeps them in a temporary file in TMPDIR: the reports are complete,
/// nothing is left in the folder, and a folder that cannot take the file is one line and exit 2 with no report written.
/// </summary>
public sealed class FindingsTemporaryFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("latticescan-findings-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>12,000 resource gateways that each break three rules: 36,000 findings, well past the 8 MiB findings are held in memory.</summary>
    private string ManyFindingsTemplate()
    {
        var yaml = new StringBuilder("Resources:\n");
        for (var i = 0; i < 12_000; i++)
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"  Gateway{i:D6}:\n    Type: AWS::VpcLattice::ResourceGateway\n    Properties: {{Name: gw{i:D6}, VpcIdentifier: vpc-0123456789abcdef0}}\n");
        var path = Path.Combine(_dir, "gateways.yaml");
        File.WriteAllText(path, yaml.ToString());
        return path;
    }

    [Fact]
    public void ManyFindings_ReportsComplete_NothingLeftInTmpdir()
    {
        var template = ManyFindingsTemplate();
        var tmp = Directory.CreateDirectory(Path.Combine(_dir, "tmp")).FullName;

        var r = CliRunner.RunIn(_dir, new Dictionary<string, string> { ["TMPDIR"] = tmp },
            "scan", "--cloudformation", template, "--sarif", "out.sarif", "--json", "out.json", "--fail-on", "none");

        Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}; stderr: {r.Stderr}");
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_dir, "out.json")));
        var findings = json.RootElement.GetProperty("findings");
        Assert.Equal(36_000, findings.GetArrayLength());
        Assert.Equal(36_000, json.RootElement.GetProperty("summary").GetProperty("findings").GetInt32());
        using var sarif = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_dir, "out.sarif")));
        Assert.Equal(36_000, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
        // In report order: the last finding is the last rule's of the lowest severity, on the last gateway.
        Assert.EndsWith("#Gateway011999", findings[35_999].GetProperty("resourceKey").GetString());
        // The file was made (the next test fails for want of the folder with the same input) and is gone.
        Assert.Empty(Directory.GetFileSystemEntries(tmp));
    }

    [Fact]
    public void ManyFindings_TmpdirMissing_OneLineExit2_NoReportWritten()
    {
        var template = ManyFindingsTemplate();
        var missing = Path.Combine(_dir, "no-such-folder");

        var r = CliRunner.RunIn(_dir, new Dictionary<string, string> { ["TMPDIR"] = missing },
            "scan", "--cloudformation", template, "--sarif", "out.sarif", "--json", "out.json");

        Assert.True(r.ExitCode == 2, $"exit {r.ExitCode}; stderr: {r.Stderr}");
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"latticescan: error: {missing}", line);
        Assert.Contains("cannot keep the findings in a temporary file", line);
        Assert.Contains("set TMPDIR", line);
        Assert.False(File.Exists(Path.Combine(_dir, "out.sarif")));
        Assert.False(File.Exists(Path.Combine(_dir, "out.json")));
    }
}
