using Scanner.Collectors.Aws;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Scanner.Core.Schema;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using Scanner.Pipeline;
using Scanner.Pipeline.RuleCases;
using Scanner.Pipeline.Snapshot;
using Scanner.Tests.Shared;
using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Cli.Tests.Schema;

/// <summary>
/// The output of all three collectors and of the snapshot reader, over the bundled examples, the field-report
/// organization of the fake AWS and every rule case's input, conforms to the inventory schema; and every kind the
/// schema declares is produced by each source that can hold it. Live rule cases are collected through the fake AWS.
/// </summary>
public sealed class SchemaConformanceTests(SchemaConformanceTests.Inventories inventories) : IClassFixture<SchemaConformanceTests.Inventories>
{
    /// <summary>Kinds a source cannot hold, and why.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> CannotHold = new()
    {
        ["terraform"] = new()
        {
            [K.NetworkInterface] = "an ENI is read live only, to tell who owns an IP target",
            [K.ServiceNetworkEndpointAssociation] = "the network's view of an endpoint exists only in the API; a plan declares the endpoint itself",
        },
        ["cloudformation"] = new()
        {
            [K.NetworkInterface] = "an ENI is read live only, to tell who owns an IP target",
            [K.ServiceNetworkEndpointAssociation] = "the network's view of an endpoint exists only in the API; a template declares the endpoint itself",
        },
        ["aws"] = new()
        {
            [K.Database] = "read from templates and plans only: a live scan tells a database's address by the network interface that holds it",
        },
        ["snapshot"] = new(),
    };

    /// <summary>
    /// Kinds a source can hold that its inputs here do not produce yet. Each must really be missing: once it is
    /// produced, this list must shrink (the test says so).
    /// </summary>
    private static readonly Dictionary<string, string[]> NotYetProduced = new()
    {
        ["aws"] = [],
        ["snapshot"] = [],
        ["terraform"] = [],
        ["cloudformation"] = [],
    };

    [Theory]
    [InlineData("terraform")]
    [InlineData("cloudformation")]
    [InlineData("aws")]
    [InlineData("snapshot")]
    public void Output_ConformsToTheSchema(string source)
    {
        var resources = inventories.Of(source);
        Assert.NotEmpty(resources);
        var violations = SchemaConformance.Violations(resources, source).Distinct().ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations.Take(40)));
    }

    [Theory]
    [InlineData("terraform")]
    [InlineData("cloudformation")]
    [InlineData("aws")]
    [InlineData("snapshot")]
    public void EveryKindTheSourceCanHold_IsProduced(string source)
    {
        var produced = inventories.Of(source).Select(r => r.Kind).ToHashSet(StringComparer.Ordinal);
        var expected = InventorySchema.Default.Kinds.Select(k => k.Kind)
            .Where(k => !CannotHold[source].ContainsKey(k) && !NotYetProduced[source].Contains(k)).ToList();
        var missing = expected.Where(k => !produced.Contains(k)).ToList();
        Assert.True(missing.Count == 0, $"{source} produces no {string.Join(", ", missing)}");
        var nowProduced = NotYetProduced[source].Where(produced.Contains).ToList();
        Assert.True(nowProduced.Count == 0, $"{source} now produces {string.Join(", ", nowProduced)}: remove it from NotYetProduced");
        var heldAnyway = CannotHold[source].Keys.Where(produced.Contains).ToList();
        Assert.True(heldAnyway.Count == 0, $"{source} produces {string.Join(", ", heldAnyway)}, which it is said not to hold");
    }

    /// <summary>Every input collected once, by source.</summary>
    public sealed class Inventories : IAsyncLifetime
    {
        private readonly Dictionary<string, List<Resource>> _bySource = new(StringComparer.Ordinal)
        {
            ["terraform"] = [], ["cloudformation"] = [], ["aws"] = [], ["snapshot"] = [],
        };

        public IReadOnlyList<Resource> Of(string source) => _bySource[source];

        public async Task InitializeAsync()
        {
            var collector = new InputCollector();
            Add("terraform", collector.TerraformFile(Path.Combine(RepoPaths.Root, "examples", "terraform", "plan.json")));
            foreach (var template in Directory.GetFiles(Path.Combine(RepoPaths.Root, "examples", "cloudformation"), "*.yaml"))
                Add("cloudformation", collector.CloudFormationFile(template));
            foreach (var file in Directory.GetFiles(RepoPaths.Rules, "*.cases.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                foreach (var c in RuleCaseFileReader.Read(file).Cases)
                {
                    var display = $"{file}#{c.Name}";
                    switch (c.Form)
                    {
                        case CaseInputForm.Terraform: Add("terraform", collector.TerraformText(c.Input, display)); break;
                        case CaseInputForm.CloudFormation: Add("cloudformation", collector.CloudFormationText(c.Input, display)); break;
                        case CaseInputForm.Live: Add("aws", new LiveCases.FakeAwsLiveCaseCollector().Collect(c.Input, display).Collection); break;
                        default: Add("snapshot", collector.SnapshotText(c.Input, display).Collection); break;
                    }
                }

            await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
            var variables = aws.EnvironmentVariables(FieldReportIds.Tokyo);
            var live = await new AwsCollector().CollectAsync(new AwsScanOptions
            {
                Organization = true,
                Regions = [FieldReportIds.Tokyo, FieldReportIds.Virginia],
                Environment = name => variables.TryGetValue(name, out var v) ? v : null,
                CallTimeout = TimeSpan.FromSeconds(5),
            }, null, CancellationToken.None);
            Add("aws", live.Collection);

            // The live inventory through the snapshot writer and reader: what a saved scan gives back.
            using var buffer = new MemoryStream();
            InventorySnapshotWriter.Write(new InventorySnapshot { Resources = live.Collection.Resources }, buffer);
            Add("snapshot", InventorySnapshotReader.Read(buffer.ToArray(), "live.json").Resources);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        private void Add(string source, CollectionResult result) => Add(source, result.Resources);

        private void Add(string source, IEnumerable<Resource> resources) => _bySource[source].AddRange(resources);
    }
}
