using Scanner.Collectors.Aws.Protocol;
using Scanner.Collectors.Aws.Tests.Support;
using Scanner.Collectors.Aws.VpcLattice;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Collectors.Aws.Tests.Security;

public sealed class CredentialLeakTests
{
    [Fact]
    public async Task CollectAsync_VerboseWithFaults_LogAndDiagnosticsHoldNoCredentialsOrSignatures()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.AccessDenied) { AccountId = Provider, Operation = "ListServiceNetworks" });
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Throttle) { AccountId = AppConsumer, Operation = "GetResourceShares" });
        using var log = new StringWriter();

        var result = await ScanRunner.RunAsync(ScanRunner.Options(aws, log) with { Verbose = true });

        var text = log + string.Join("\n", result.Collection.Diagnostics.Select(d => $"{d.Code} {d.Message} {d.Api}"));
        Assert.Contains($"aws vpc-lattice:ListResourceGateways account={Provider} region={Tokyo} attempt=1 status=200", text);
        Assert.Contains("error=AccessDeniedException", text);
        Assert.NotEmpty(result.Collection.Diagnostics);
        var secrets = aws.IssuedSecrets.Append(aws.ManagementCredentials.AccessKeyId).ToList();
        Assert.True(secrets.Count > 3, "sessions were issued, so there are session secrets to look for");
        Assert.All(secrets, s => Assert.DoesNotContain(s, text, StringComparison.Ordinal));
        Assert.DoesNotContain("Signature=", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ASIAFAKE", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignatureError_ServiceEchoesCanonicalRequest_ExceptionMessageDropsIt()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        using var sts = new Scanner.Collectors.Aws.Sts.SecurityTokenClient(FakeAwsFixture.Options(aws, Tokyo));
        var session = await sts.AssumeRoleAsync($"arn:aws:iam::{Provider}:role/{RoleName}", "latticescan", null, TimeSpan.FromHours(1));
        var token = (await session.GetCredentialsAsync()).Token;
        using var http = new HttpClient(new TamperingHandler());
        var client = new VpcLatticeClient(FakeAwsFixture.Options(aws, Tokyo) with { Credentials = session, HttpClient = http });

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => client.ListResourceGatewaysAsync().ToListAsync().AsTask());

        Assert.Equal("InvalidSignatureException", e.ErrorCode);
        Assert.StartsWith("The request signature we calculated does not match", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Canonical String", e.Message, StringComparison.Ordinal);
    }
}
