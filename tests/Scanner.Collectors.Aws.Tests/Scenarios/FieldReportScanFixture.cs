using Scanner.Collectors.Aws.Tests.Support;
using Scanner.Core.Inventory;
using Scanner.AwsEmulator;
using Scanner.FakeAws;

namespace Scanner.Collectors.Aws.Tests.Scenarios;

/// <summary>One full organization scan (5 members, 2 regions) shared by the assertions below.</summary>
public sealed class FieldReportScanFixture : IAsyncLifetime
{
    public FakeAwsServer Aws { get; private set; } = null!;
    public AwsCollectionResult Result { get; private set; } = null!;
    public InventoryGraph Graph { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        Result = await ScanRunner.RunAsync(ScanRunner.Options(Aws));
        Graph = new InventoryGraph(Result.Collection.Resources);
    }

    public async Task DisposeAsync() => await Aws.DisposeAsync();
}
