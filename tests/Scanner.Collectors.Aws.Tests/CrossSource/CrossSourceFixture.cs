using Scanner.Collectors.Aws.Tests.Support;
using Scanner.Collectors.CloudFormation;
using Scanner.Collectors.Terraform;
using Scanner.Core.Collection;
using Scanner.AwsEmulator;
using Scanner.FakeAws;

namespace Scanner.Collectors.Aws.Tests.CrossSource;

/// <summary>The rows of <see cref="NormalisationTable"/> collected once by each collector: plan, template, live (fake AWS).</summary>
public sealed class CrossSourceFixture : IAsyncLifetime
{
    public CollectionResult Terraform { get; private set; } = null!;
    public CollectionResult CloudFormation { get; private set; } = null!;
    public CollectionResult Live { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Terraform = new TerraformPlanCollector().CollectFromText(CrossSourceInputs.Plan(), "rows.plan.json");
        CloudFormation = new CloudFormationCollector().CollectFromText(CrossSourceInputs.Template(), "rows.template.json");
        await using var aws = await FakeAwsServer.StartAsync(CrossSourceInputs.World());
        Live = (await ScanRunner.RunAsync(ScanRunner.Options(aws, organization: false, regions: NormalisationTable.Region))).Collection;
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
