using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Scanner.AwsEmulator;
using Scanner.FakeAws;

namespace Scanner.Cli.Tests;

/// <summary>
/// What a user sees when the scanner cannot start talking to AWS: no credentials anywhere, a profile that does not
/// exist, an SSO login that expired, keys STS does not accept, an endpoint nobody listens on. Configured only through
/// environment variables; HOME, AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE point into a temporary folder (and
/// instance metadata is off) so this machine's own AWS setup cannot leak in.
/// </summary>
public class LiveCredentialsTests
{
    private static (string Dir, Dictionary<string, string> Env) Isolated(string config = "", string credentials = "")
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "config"), config);
        File.WriteAllText(Path.Combine(dir, "credentials"), credentials);
        return (dir, new Dictionary<string, string>
        {
            ["HOME"] = dir,
            ["AWS_CONFIG_FILE"] = Path.Combine(dir, "config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(dir, "credentials"),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_REGION"] = "us-east-1",
        });
    }

    /// <summary>One line on stderr, prefixed like every input error, and never the defect path.</summary>
    private static string OneLineError(CliRunner.Result r)
    {
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("latticescan: error: ", line);
        Assert.DoesNotContain("internal error", line);
        Assert.DoesNotContain("Exception 1 of", line);
        return line;
    }

    [Fact]
    public void ScanAws_NoCredentialsAnywhere_Exits2SayingHowToProvideThem()
    {
        var (dir, env) = Isolated();

        var r = CliRunner.Run(dir, env, "scan", "--aws");

        Assert.True(r.ExitCode == 2, $"exit {r.ExitCode}\n{r.Stderr}");
        var line = OneLineError(r);
        Assert.Contains("AWS credentials: none found", line);
        Assert.Contains("AWS_ACCESS_KEY_ID", line);
        Assert.Contains("--profile", line);
        Assert.Equal("", r.Stdout);
    }

    [Theory]
    [InlineData("--profile")]
    [InlineData("AWS_PROFILE")]
    public void ScanAws_UnknownProfile_Exits2NamingTheProfileAndTheFilesSearched(string how)
    {
        var (dir, env) = Isolated(config: "[profile audit]\nregion = us-east-1\n");
        string[] args = ["scan", "--aws"];
        if (how == "--profile") args = [.. args, "--profile", "auditt"];
        else env["AWS_PROFILE"] = "auditt";

        var r = CliRunner.Run(dir, env, args);

        Assert.True(r.ExitCode == 2, $"exit {r.ExitCode}\n{r.Stderr}");
        var line = OneLineError(r);
        Assert.Contains($"{how}: AWS profile 'auditt' was not found in {env["AWS_CONFIG_FILE"]} or {env["AWS_SHARED_CREDENTIALS_FILE"]}", line);
        Assert.Contains("aws configure list-profiles", line);
    }

    [Theory]
    [InlineData("--profile")]
    [InlineData("AWS_PROFILE")]
    public void ScanAws_ExpiredSsoSession_Exits2SayingToLogInAgain(string how)
    {
        var (dir, env) = Isolated(config: """
            [profile audit]
            sso_session = corp
            sso_account_id = 111111111111
            sso_role_name = LatticeScanAudit
            region = us-east-1

            [sso-session corp]
            sso_start_url = https://example.awsapps.com/start
            sso_region = us-east-1
            sso_registration_scopes = sso:account:access
            """);
        // The token cache `aws sso login` writes: ~/.aws/sso/cache/<sha1 of the session name>.json, here long expired
        // and without a refresh token, so nothing is fetched from the network.
        var cache = Directory.CreateDirectory(Path.Combine(dir, ".aws", "sso", "cache")).FullName;
        var name = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes("corp")));
        File.WriteAllText(Path.Combine(cache, name + ".json"), JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["accessToken"] = "expired-access-token", ["expiresAt"] = "2020-01-01T00:00:00Z", ["region"] = "us-east-1",
            ["startUrl"] = "https://example.awsapps.com/start",
        }));
        string[] args = ["scan", "--aws"];
        if (how == "--profile") args = [.. args, "--profile", "audit"];
        else env["AWS_PROFILE"] = "audit";

        var r = CliRunner.Run(dir, env, args);

        Assert.True(r.ExitCode == 2, $"exit {r.ExitCode}\n{r.Stderr}");
        var line = OneLineError(r);
        Assert.Contains("the SSO session of profile 'audit' has expired", line);
        Assert.Contains("aws sso login --profile audit", line);
    }

    [Fact]
    public async Task ScanAws_KeysStsDoesNotKnow_Exits2SayingTheCredentialsWereNotAccepted()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var (dir, env) = Isolated();
        foreach (var (k, v) in aws.EnvironmentVariables()) env[k] = v;
        env["AWS_ACCESS_KEY_ID"] = "AKIAUNKNOWNKEY000000";

        var r = CliRunner.Run(dir, env, "scan", "--aws");

        Assert.True(r.ExitCode == 2, $"exit {r.ExitCode}\n{r.Stderr}");
        var line = OneLineError(r);
        Assert.Contains("AWS credentials: not accepted by STS in us-east-1 (InvalidClientTokenId", line);
        Assert.Contains("aws sso login", line);
        Assert.DoesNotContain(aws.Calls, c => c.Service != "sts");
    }

    [Fact]
    public void ScanAws_EndpointNobodyListensOn_SaysTheEndpointCouldNotBeReached()
    {
        var (dir, env) = Isolated();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        env["AWS_ENDPOINT_URL"] = $"http://127.0.0.1:{port}";
        env["AWS_ACCESS_KEY_ID"] = "AKIAEXAMPLEKEY000000";
        env["AWS_SECRET_ACCESS_KEY"] = "example-secret";
        var json = Path.Combine(dir, "report.json");

        var r = CliRunner.Run(dir, env, "scan", "--aws", "--json", json);

        Assert.True(r.ExitCode == 3, $"exit {r.ExitCode}\n{r.Stderr}");
        Assert.DoesNotContain("internal error", r.Stderr);
        Assert.DoesNotContain("rejected", r.Stderr + r.Stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var error = Assert.Single(doc.RootElement.GetProperty("errors").EnumerateArray(), e => e.GetProperty("level").GetString() == "error");
        Assert.Equal("EndpointUnreachable", error.GetProperty("code").GetString());
        Assert.Contains($"The STS endpoint http://127.0.0.1:{port}/ could not be reached (ConnectionFailure", error.GetProperty("message").GetString());
        Assert.Contains("AWS_ENDPOINT_URL", error.GetProperty("message").GetString());
    }
}
