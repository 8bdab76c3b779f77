using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using static Scanner.Collectors.Aws.Tests.CrossSource.NormalisationTable;
using K = Scanner.Core.Inventory.ResourceKinds;
using Scanner.Core.Findings;

namespace Scanner.Collectors.Aws.Tests.CrossSource;

/// <summary>
/// One table of inputs (<see cref="NormalisationTable"/>) through the Terraform, CloudFormation and AWS collectors:
/// every source must give the same inventory values, the ones docs/normalisation.md decides.
/// </summary>
public sealed class CrossSourceNormalisationTests(CrossSourceFixture sources) : IClassFixture<CrossSourceFixture>
{
    private IEnumerable<(string Source, CollectionResult Result)> All =>
        [("terraform", sources.Terraform), ("cloudformation", sources.CloudFormation), ("aws", sources.Live)];

    public static TheoryData<int> PrincipalRows => Rows(Principals.Length);
    public static TheoryData<int> RuleRows => Rows(Rules.Length);
    public static TheoryData<int> PortRangeRows => Rows(RangeRows.Length);
    public static TheoryData<int> DestinationRows => Rows(Destinations.Length);

    [Theory]
    [MemberData(nameof(PrincipalRows))]
    public void Principal_SameClassificationInEverySource(int row)
    {
        var expected = Principals[row];
        var want = new MapBuilder().Set("id", expected.Principal).Set("type", expected.Type is null ? Value.Unknown : Value.From(expected.Type))
            .Set("accountId", expected.AccountId).Set("organizationId", expected.OrganizationId).Build();
        foreach (var (source, result) in All)
        {
            var share = Assert.Single(result.Resources, r => r.Kind == K.ResourceShare);
            var principal = Assert.Single(share.Properties.Get("principals")!.Items, p => p.GetString("id") == expected.Principal);
            // RAM's raw external flag and the association status exist only live; the classification is the same everywhere.
            var classification = Value.Map(principal.Entries.Where(e => e.Key is not ("external" or "status")));
            Assert.True(want.Equals(classification), $"{source}: {expected.Principal} → {classification}, expected {want}");
        }
    }

    [Theory]
    [MemberData(nameof(RuleRows))]
    public void SecurityGroupRule_SameRuleInEverySource(int row)
    {
        var r = Rules[row];
        var want = new MapBuilder().Set("direction", "ingress").Set("protocol", r.ExpectedProtocol).Set("fromPort", r.ExpectedFrom).Set("toPort", r.ExpectedTo);
        switch (r.Peer)
        {
            case Peer.Ipv4: want.Set("cidrIpv4", r.PeerValue); break;
            case Peer.Ipv6: want.Set("cidrIpv6", r.PeerValue); break;
            case Peer.PrefixList: want.Set("prefixListId", r.PeerValue); break;
            case Peer.Group: want.Set("referencedGroupId", r.PeerValue); break;
            case Peer.OtherAccountGroup: want.Set("referencedGroupId", r.PeerValue).Set("referencedGroupOwnerId", OtherAccount); break;
            case Peer.Self: want.Set("self", true); break;
        }
        var expected = want.Build();
        foreach (var (source, result) in All)
        {
            var group = Assert.Single(result.Resources, g => g.Kind == K.SecurityGroup && (g.Id == GroupId(row) || g.Address is { } a && (a == $"aws_security_group.g{row}" || a == $"G{row}")));
            var rule = Assert.Single(group.Properties.Get("ingress")!.Items);
            Assert.True(expected.Equals(rule), $"{source}: row {row} ({r.Protocol} {r.From}-{r.To} {r.Peer}) → {rule}, expected {expected}");
            Assert.True(group.Properties.Get("rulesComplete")!.AsBoolean, $"{source}: row {row} rules should be complete");
        }
    }

    [Theory]
    [MemberData(nameof(PortRangeRows))]
    public void PortRange_SameRangeInEverySource_BadEntryUnknownWithWarning(int row)
    {
        var r = RangeRows[row];
        var expected = r.From is { } from ? Range(from, r.To!.Value) : Value.Unknown;
        foreach (var (source, result) in All)
        {
            var configuration = Configuration(result, row);
            Assert.True(Value.List(expected).Equals(configuration.Properties.Get("portRanges")), $"{source}: {r.Text} → {configuration.Properties.Get("portRanges")}");
            var warned = result.Diagnostics.Any(d => d.Level == DiagnosticLevel.Warning && d.Code == "InvalidValue" && d.Message.Contains($"\"{r.Text}\"", StringComparison.Ordinal));
            Assert.True(warned == r.From is null, $"{source}: {r.Text} warning {(warned ? "given" : "missing")}");
        }
    }

    [Theory]
    [MemberData(nameof(DestinationRows))]
    public void AccessLogDestination_SameTypeAndAccountInEverySource(int row)
    {
        var d = Destinations[row];
        foreach (var (source, result) in All)
        {
            var log = Assert.Single(result.Resources, l => l.Kind == K.AccessLogSubscription && l.Properties.GetString("destinationArn") == d.Arn);
            Assert.Equal((source, d.Type), (source, log.Properties.GetString("destinationType")));
            Assert.Equal((source, d.AccountId), (source, log.Properties.GetString("destinationAccountId")));
            if (d.AccountId is null) Assert.Null(log.Properties.Get("destinationAccountId"));
        }
    }

    [Fact]
    public void Tags_SameMapInKeyOrderInEverySource()
    {
        var keys = Tags.Select(t => t.Key).Order(StringComparer.Ordinal).ToArray();
        foreach (var (source, result) in All)
        {
            var tags = Configuration(result, 0).Properties.Get("tags")!;
            Assert.True(keys.SequenceEqual(tags.Entries.Keys), $"{source}: tag keys in order {string.Join(", ", tags.Entries.Keys)}");
            Assert.All(Tags, t => Assert.Equal(t.Value, tags.GetString(t.Key)));
        }
    }

    [Fact]
    public void Identity_InTheResourceFieldsOnly_InEverySource()
    {
        foreach (var (source, result) in All)
        {
            Assert.NotEmpty(result.Resources);
            foreach (var resource in result.Resources)
            {
                var repeated = resource.Properties.Entries.Where(e => IdentityProperties.Names.Contains(e.Key) && !e.Value.IsUnknown).Select(e => e.Key).ToList();
                Assert.True(repeated.Count == 0, $"{source}: {resource.Key} repeats identity {string.Join(", ", repeated)} in its property map");
            }
            Assert.Equal((source, "c0"), (source, Configuration(result, 0).Name));
        }
    }

    private static Resource Configuration(CollectionResult result, int row) =>
        Assert.Single(result.Resources, c => c.Kind == K.ResourceConfiguration && (c.Id == ConfigurationId(row) || c.Address is { } a && (a == $"aws_vpclattice_resource_configuration.c{row}" || a == $"C{row}")));

    private static Value Range(double from, double to) => new MapBuilder().Set("fromPort", from).Set("toPort", to).Build();

    private static TheoryData<int> Rows(int count)
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < count; i++) data.Add(i);
        return data;
    }
}
