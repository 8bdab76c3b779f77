using System.Text;
using Scanner.Core.Aws;
using Scanner.Core.Collection;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Pipeline.Snapshot;

namespace Scanner.Pipeline.Tests;

public class SnapshotTests
{
    private static Resource Gateway(string arn, Value? sgIds = null) =>
        new(ResourceKinds.ResourceGateway, arn, ResourceOrigin.Aws,
            new MapBuilder().Set("securityGroupIds", sgIds ?? Value.List(Value.From("sg-1"), Value.Unknown)).Set("status", Value.Null).Build())
        {
            Arn = arn, Id = "rgw-1", Name = "gw", AccountId = "111111111111", Region = "ap-northeast-1",
            References = [new("securityGroups", "sg-1"), ResourceReference.Unresolvable("securityGroups")],
            InlineSuppressions = new Dictionary<string, string> { ["LATTICE-GW-002"] = "health checks" },
        };

    private static InventorySnapshot RoundTrip(InventorySnapshot s)
    {
        using var buffer = new MemoryStream();
        InventorySnapshotWriter.Write(s, buffer);
        return InventorySnapshotReader.Read(buffer.ToArray(), "snap.json");
    }

    [Fact]
    public void WriteThenRead_KeepsUnknownsNullsReferencesAndContext()
    {
        var snapshot = new InventorySnapshot
        {
            Resources = [Gateway("arn:aws:vpc-lattice:ap-northeast-1:111111111111:resourcegateway/rgw-1")],
            Organization = new OrganizationContext("o-a1b2c3d4e5", ["111111111111"]),
            Accounts = ["111111111111"],
            Regions = ["ap-northeast-1"],
            Diagnostics = [new ScanDiagnostic { Level = DiagnosticLevel.Error, Code = "AccessDenied", Message = "m", AccountId = "111111111111", Region = "ap-northeast-1", Api = "ram:GetResourceShares" }],
        };
        var back = RoundTrip(snapshot);
        var r = Assert.Single(back.Resources);
        var original = snapshot.Resources[0];
        Assert.Equal(original.Properties, r.Properties);
        Assert.True(r.Properties.Get("securityGroupIds")!.Items[1].IsUnknown);
        Assert.True(r.Properties.Get("status")!.IsNull);
        Assert.Equal(original.References, r.References);
        Assert.Equal((original.Arn, original.Id, original.Name, original.AccountId, original.Region), (r.Arn, r.Id, r.Name, r.AccountId, r.Region));
        Assert.Equal("health checks", r.InlineSuppressions["LATTICE-GW-002"]);
        Assert.Equal("o-a1b2c3d4e5", back.Organization.OrganizationId);
        Assert.Equal(snapshot.Diagnostics, back.Diagnostics);
    }

    [Fact]
    public void Merge_DeduplicatesByKeyAndUnitesCoverage()
    {
        var a = new InventorySnapshot { Resources = [Gateway("arn:a"), Gateway("arn:b")], Accounts = ["111111111111"], Organization = new OrganizationContext("o-a1b2c3d4e5", ["111111111111"]) };
        var b = new InventorySnapshot { Resources = [Gateway("arn:b"), Gateway("arn:c")], Accounts = ["222222222222"], Organization = new OrganizationContext(null, ["222222222222"]) };
        var m = InventorySnapshot.Merge([a, b]);
        Assert.Equal(["arn:a", "arn:b", "arn:c"], m.Resources.Select(r => r.Key));
        Assert.Equal(["111111111111", "222222222222"], m.Accounts);
        Assert.Equal(2, m.Organization.AccountIds.Count);
        Assert.Equal("o-a1b2c3d4e5", m.Organization.OrganizationId);
    }

    [Theory]
    [InlineData("", "file is empty")]
    [InlineData("{\"format\":\"latticescan-inventory\",\"version\":1,\"resources\":[", "invalid JSON")]
    [InlineData("{\"version\":1}", "not a latticescan inventory snapshot")]
    [InlineData("{\"format\":\"latticescan-inventory\",\"version\":7}", "unsupported snapshot version")]
    [InlineData("{\"format\":\"latticescan-inventory\",\"version\":1,\"resources\":[{\"key\":\"k\"}]}", "resources[0] has no \"kind\"")]
    public void Read_BadInput_IsAnInputError(string json, string fragment)
    {
        var e = Assert.Throws<InputException>(() => InventorySnapshotReader.Read(Encoding.UTF8.GetBytes(json), "snap.json"));
        Assert.Contains(fragment, e.Message);
        Assert.StartsWith("snap.json", e.Message);
    }

    [Fact]
    public void Read_HoldsRepeatedTextsOnce_KeysAsReferenceTargetsAndShortValues()
    {
        var sgArn = "arn:aws:ec2:ap-northeast-1:111111111111:security-group/sg-1";
        var group = new Resource(ResourceKinds.SecurityGroup, sgArn, ResourceOrigin.Aws,
            new MapBuilder().Set("ingress", Value.List(
                new MapBuilder().Set("protocol", "tcp").Set("fromPort", Value.From(5432)).Build(),
                new MapBuilder().Set("protocol", "tcp").Set("fromPort", Value.From(5432)).Build())).Build())
        { Arn = sgArn, Id = "sg-1", AccountId = "111111111111", Region = "ap-northeast-1" };
        var gateways = new[] { "rgw-1", "rgw-2" }.Select(id =>
            new Resource(ResourceKinds.ResourceGateway, $"arn:aws:vpc-lattice:ap-northeast-1:111111111111:resourcegateway/{id}", ResourceOrigin.Aws,
                new MapBuilder().Set("status", "ACTIVE").Build())
            { Id = id, AccountId = "111111111111", Region = "ap-northeast-1", References = [new("securityGroups", sgArn)] });

        var back = RoundTrip(new InventorySnapshot { Resources = [group, .. gateways] });

        var readGroup = back.Resources[0];
        var (a, b) = (back.Resources[1], back.Resources[2]);
        Assert.Same(readGroup.Key, Assert.Single(a.References).Target);
        Assert.Same(readGroup.Key, Assert.Single(b.References).Target);
        Assert.Same(a.Region, b.Region);
        Assert.Same(a.Properties.Entries["status"], b.Properties.Entries["status"]);
        var rules = readGroup.Properties.Entries["ingress"].Items;
        Assert.Same(rules[0].Entries["fromPort"], rules[1].Entries["fromPort"]);
        Assert.Equal(5432, rules[1].Entries["fromPort"].AsNumber);
        Assert.Same(rules[0].Entries.Keys.First(), rules[1].Entries.Keys.First());
        // Nothing suppressed: no map of its own.
        Assert.Empty(a.InlineSuppressions);
        Assert.Same(a.InlineSuppressions, b.InlineSuppressions);
    }
}

