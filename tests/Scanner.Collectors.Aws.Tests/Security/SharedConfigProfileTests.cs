using Scanner.Core.Collection;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Collectors.Aws.Tests.Security;

/// <summary>
/// --profile through the SDK's shared credentials file. The file is named with AWS_SHARED_CREDENTIALS_FILE through the
/// options' variable lookup (AWSSDK.Core caches the process-environment location once per process).
/// </summary>
public sealed class SharedConfigProfileTests : IDisposable
{
    private readonly string _file = Path.Combine(Directory.CreateTempSubdirectory("latticescan-profile-").FullName, "credentials");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);

    [Fact]
    public async Task CollectAsync_NamedProfile_KeysAndRegionFromTheSharedCredentialsFile()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var keys = aws.CreateStaticCredentials(Provider);
        File.WriteAllText(_file, $"[default]\nregion = us-east-1\n\n[scanner]\naws_access_key_id = {keys.AccessKeyId}\naws_secret_access_key = {keys.SecretAccessKey}\nregion = ap-northeast-1\n");
        var vars = new Dictionary<string, string> { ["AWS_ENDPOINT_URL"] = aws.BaseUrl.ToString(), ["AWS_SHARED_CREDENTIALS_FILE"] = _file };

        var result = await new AwsCollector().CollectAsync(new AwsScanOptions
        {
            Profile = "scanner",
            Environment = vars.GetValueOrDefault,
            MaxRetries = 0,
        }, null, CancellationToken.None);

        Assert.Equal([Provider], result.AccountsScanned);
        Assert.Equal([Tokyo], result.Regions);
        Assert.Contains(result.Collection.Resources, r => r.Id == AuroraGateway);
    }

    [Fact]
    public async Task CollectAsync_UnknownProfile_InputErrorNamingTheProfile()
    {
        File.WriteAllText(_file, "[other]\naws_access_key_id = AKIAX\naws_secret_access_key = x\n");

        var e = await Assert.ThrowsAsync<InputException>(() => new AwsCollector().CollectAsync(
            new AwsScanOptions { Profile = "missing", Environment = n => n == "AWS_SHARED_CREDENTIALS_FILE" ? _file : null }, null, CancellationToken.None));

        Assert.Contains("'missing'", e.Message, StringComparison.Ordinal);
    }
}
