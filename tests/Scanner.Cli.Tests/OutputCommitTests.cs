using System.Diagnostics;
using System.Text.Json;

namespace Scanner.Cli.Tests;

/// <summary>
/// Outputs are all or nothing: a bad target fails before scanning with exit 2 and one line, every earlier output
/// stays byte-identical, special files are never replaced, and standard output is written only when asked for.
/// </summary>
public sealed class OutputCommitTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("latticescan-out-").FullName;
    private static string Plan => Path.Combine(RepoPaths.Root, "examples/terraform/plan.json");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Result Scan(params string[] extra) =>
        CliRunner.RunIn(_dir, null, ["scan", "--terraform-plan", Plan, "--fail-on", "none", .. extra]);

    private static void AssertOneLineError(CliRunner.Result r, string fragment)
    {
        Assert.True(r.ExitCode == 2, $"exit {r.ExitCode}; stderr: {r.Stderr}");
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, "stderr: " + r.Stderr);
        Assert.StartsWith("latticescan: error: ", lines[0]);
        Assert.Contains(fragment, lines[0]);
    }

    private string Previous(string name)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, "previous " + name);
        return path;
    }

    [Fact]
    public void Scan_JsonToADirectory_Exit2AndSarifUntouched()
    {
        var sarif = Previous("ok.sarif");
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "folder")).FullName;
        var r = Scan("--sarif", sarif, "--json", folder);
        AssertOneLineError(r, "is a directory");
        Assert.Equal("previous ok.sarif", File.ReadAllText(sarif));
        Assert.Equal(["folder"], Directory.GetFileSystemEntries(_dir).Where(Directory.Exists).Select(Path.GetFileName));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Scan_SarifInAMissingFolder_Exit2()
    {
        var json = Previous("ok.json");
        var r = Scan("--json", json, "--sarif", "/nonexistent/dir/x.sarif");
        AssertOneLineError(r, "/nonexistent/dir/x.sarif: --sarif: folder /nonexistent/dir does not exist");
        Assert.Equal("previous ok.json", File.ReadAllText(json));
    }

    [Fact]
    public void Scan_TwoOutputsToOneFile_Exit2()
    {
        var r = Scan("--sarif", "same", "--json", Path.Combine(_dir, "same"));
        AssertOneLineError(r, "--json and --sarif name the same file");
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Scan_OutputIsTheInput_Exit2AndInputUntouched()
    {
        var plan = Path.Combine(_dir, "plan.json");
        File.Copy(Plan, plan);
        var before = File.ReadAllBytes(plan);
        var r = CliRunner.RunIn(_dir, null, "scan", "--terraform-plan", "plan.json", "--sarif", plan);
        AssertOneLineError(r, "is also an input of this run");
        Assert.Equal(before, File.ReadAllBytes(plan));
    }

    [Fact]
    public void Scan_EmptyOutputPath_Exit2()
    {
        AssertOneLineError(Scan("--json", ""), "--json: the output path is empty");
    }

    [Fact]
    public void Scan_CharacterDeviceAsOutput_RefusedAndNotReplaced()
    {
        var r = Scan("--sarif", "/dev/full");
        AssertOneLineError(r, "is a character device, not a regular file; it is never replaced");
        Assert.Equal("full", new FileInfo("/dev/full").Name);
        Assert.Equal(0, new FileInfo("/dev/full").Length);
        AssertCharacterDevice("/dev/full");
    }

    [Fact]
    public void Scan_FifoAsOutput_RefusedWithoutBlocking()
    {
        var fifo = Path.Combine(_dir, "pipe");
        Mkfifo(fifo);
        var r = Scan("--json", fifo);
        AssertOneLineError(r, "is a FIFO (named pipe)");
        Assert.Equal("p", FileType(fifo));
    }

    [Fact]
    public void Scan_SarifToDash_StreamsSarifOnStdoutAndTheTableOnStderr()
    {
        foreach (var name in new[] { "-", "/dev/stdout" })
        {
            var r = Scan("--sarif", name);
            Assert.True(r.ExitCode == 0, r.Stderr);
            using var doc = JsonDocument.Parse(r.Stdout);
            Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
            Assert.Contains("LATTICE-", r.Stderr);
        }
        AssertCharacterDeviceOrLink("/dev/stdout");
    }

    [Fact]
    public void Scan_TwoReportsOnStdout_Exit2()
    {
        AssertOneLineError(Scan("--json", "-", "--format", "sarif"), "standard output is already taken by --json");
    }

    [Theory]
    [InlineData("> /dev/full")]
    [InlineData(">&-")]
    public void Scan_StdoutUnwritable_Exit2NotInternalError(string redirect)
    {
        var json = Path.Combine(_dir, "r.json");
        var cmd = $"dotnet '{CliRunner.Dll}' scan --terraform-plan '{Plan}' --fail-on none --json '{json}' {redirect}";
        var psi = new ProcessStartInfo("bash", ["-c", cmd]) { RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _dir };
        psi.Environment["NO_COLOR"] = "1";
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEnd();
        Assert.True(p.WaitForExit(TimeSpan.FromSeconds(120)));
        Assert.True(p.ExitCode == 2, $"exit {p.ExitCode}; stderr: {stderr}");
        Assert.Contains("latticescan: error: cannot write the summary to standard output", stderr);
        Assert.DoesNotContain("internal error", stderr);
        Assert.True(File.Exists(json), "the report file is complete before the summary is printed");
    }

    [Fact]
    public void Collect_OutputToADirectory_Exit2()
    {
        var r = CliRunner.RunIn(_dir, null, "collect", "--terraform-plan", Plan, "--output", _dir);
        AssertOneLineError(r, "--output: is a directory");
    }

    [Fact]
    public void Merge_OutputEqualsAnInput_Exit2AndInputUntouched()
    {
        var snapshot = Path.Combine(_dir, "s.json");
        Assert.Equal(0, CliRunner.RunIn(_dir, null, "collect", "--terraform-plan", Plan, "--output", snapshot).ExitCode);
        var before = File.ReadAllBytes(snapshot);
        var r = CliRunner.RunIn(_dir, null, "merge", snapshot, "--output", snapshot);
        AssertOneLineError(r, "is also an input of this run");
        Assert.Equal(before, File.ReadAllBytes(snapshot));
    }

    [Theory]
    [InlineData("--junit", "r.xml")]
    [InlineData("--markdown", "r.md")]
    [InlineData("--html", "r.html")]
    public void Merge_AnyReportFlagAlone_EvaluatesLikeScan(string flag, string name)
    {
        var snapshot = Path.Combine(_dir, "s.json");
        Assert.Equal(0, CliRunner.RunIn(_dir, null, "collect", "--terraform-plan", Plan, "--output", snapshot).ExitCode);
        var merged = CliRunner.RunIn(_dir, null, "merge", snapshot, flag, "merged-" + name, "--fail-on", "none");
        Assert.True(merged.ExitCode == 0, $"exit {merged.ExitCode}: {merged.Stderr}");
        var report = File.ReadAllText(Path.Combine(_dir, "merged-" + name));
        Assert.Contains("LATTICE-", report);
    }

    internal static void Mkfifo(string path)
    {
        using var p = Process.Start("mkfifo", [path]);
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }

    private static string FileType(string path)
    {
        var psi = new ProcessStartInfo("stat", ["-L", "-c", "%F", path]) { RedirectStandardOutput = true };
        using var p = Process.Start(psi)!;
        var text = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        return text switch { "fifo" => "p", _ => text };
    }

    private static void AssertCharacterDevice(string path) => Assert.Equal("character special file", FileType(path));

    private static void AssertCharacterDeviceOrLink(string path) =>
        Assert.True(new FileInfo(path).LinkTarget is not null || FileType(path) == "character special file");
}
