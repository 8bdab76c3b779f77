using System.Text.RegularExpressions;
using Scanner.Core.Aws;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Reporting.Html;
using Scanner.Reporting.Tests.Support;
using Xunit;

namespace Scanner.Reporting.Tests;

/// <summary>
/// The HTML report as text: self-contained, escaped, and the sharing chain built from inventory relations with
/// findings placed on the right nodes and links. (The page is driven in Chromium by the CLI tests.)
/// </summary>
public class HtmlReportWriterTests
{
    private const string Owner = "111122223333", Partner = "999999999999", Consumer = "444455556666";
    private const string ConfigArn = $"arn:aws:vpc-lattice:us-east-1:{Owner}:resourceconfiguration/rcfg-0abc";
    private const string GatewayArn = $"arn:aws:vpc-lattice:us-east-1:{Owner}:resourcegateway/rgw-0abc";
    private const string ShareArn = $"arn:aws:ram:us-east-1:{Owner}:resource-share/s-1";
    private const string EndpointArn = $"arn:aws:ec2:us-east-1:{Consumer}:vpc-endpoint/vpce-0abc";

    private static Resource Live(string kind, string arn, string account, string name, Value? properties = null, params ResourceReference[] refs) =>
        new(kind, arn, ResourceOrigin.Aws, properties ?? Value.EmptyMap) { Arn = arn, AccountId = account, Name = name, Region = "us-east-1", References = refs };

    private static IReadOnlyList<Resource> Inventory() =>
    [
        Live(ResourceKinds.ResourceGateway, GatewayArn, Owner, "db-gateway"),
        Live(ResourceKinds.ResourceConfiguration, ConfigArn, Owner, "orders-db", null, new ResourceReference("gateway", GatewayArn)),
        Live(ResourceKinds.ResourceShare, ShareArn, Owner, "orders-share",
            new MapBuilder().Set("allowExternalPrincipals", true).Set("principals", Value.List(
                new MapBuilder().Set("id", Consumer).Build(), new MapBuilder().Set("id", Partner).Build())).Build(),
            new ResourceReference("resources", ConfigArn)),
        Live(ResourceKinds.VpcEndpoint, EndpointArn, Consumer, "vpce-orders", null, new ResourceReference("resourceConfiguration", ConfigArn)),
    ];

    private static readonly OrganizationContext Org = new("o-a1b2c3d4e5", [Owner, Consumer]);

    private static Finding ShareFinding() => TestReports.Live("LATTICE001", Severity.Critical, ShareArn, Owner) with
    {
        Message = $"Resource share orders-share is shared with {Partner} outside the organization.",
        Evidence = [new Evidence("principals[1].id", Partner)],
    };

    private static string Render(ScanReport report, IReadOnlyList<Resource>? inventory = null) =>
        new HtmlReportWriter(TestReports.Options, ReportThreshold.From("high", false), SharingGraph.Build(inventory ?? Inventory(), Org)).Render(report);

    [Fact]
    public void SharingGraph_OneChainFromOwnerThroughGatewayShareToPrincipalsAndEndpoint()
    {
        var chain = Assert.Single(SharingGraph.Build(Inventory(), Org).Chains);
        Assert.Equal(ConfigArn, chain.RootKey);
        Assert.Equal(["configuration", "endpoint", "gateway", "owner", "principal", "principal", "share"], chain.Nodes.Select(n => n.Role).Order());
        Assert.False(chain.Nodes.Single(n => n.Label == Partner).InsideOrganization);
        Assert.True(chain.Nodes.Single(n => n.Label == Consumer).InsideOrganization);
        Assert.Contains(chain.Edges, e => e.From == GatewayArn && e.To == ConfigArn && e.Label == "serves");
        Assert.Contains(chain.Edges, e => e.From == ConfigArn && e.To == ShareArn && e.Label == "shared by");
        Assert.Contains(chain.Edges, e => e.From == ShareArn && e.To == "principal:" + Partner && e.Label == "grants");
        Assert.Contains(chain.Edges, e => e.From == EndpointArn && e.To == ConfigArn && e.Label == "consumes");
    }

    [Fact]
    public void SharingGraph_UnsharedConfiguration_DrawsNoChain()
    {
        Assert.Empty(SharingGraph.Build(Inventory().Take(2).ToList(), Org).Chains);
        Assert.Contains("No shared or consumed resource configuration", Render(TestReports.Clean(), Inventory().Take(2).ToList()));
    }

    [Fact]
    public void Svg_FindingMarksTheShareNodeAndOnlyTheLinkToThePrincipalItNames()
    {
        var html = Render(TestReports.Report([ShareFinding()], ["aws"], accounts: [Owner]));
        var svg = Regex.Match(html, "<svg class=\"sharing-graph\".*?</svg>", RegexOptions.Singleline).Value;
        Assert.Matches("<g class=\"node role-share flagged sev-critical\" data-findings=\"1\"><title>RAM share [^<]*\\(allows external principals\\)\nLATTICE001 \\(critical\\)", svg);
        var flaggedEdges = Regex.Matches(svg, "<g class=\"edge flagged sev-critical\"[^>]*><title>([^<]*)</title>").Select(m => m.Groups[1].Value).ToList();
        Assert.Single(flaggedEdges);
        Assert.StartsWith("grants\nLATTICE001", flaggedEdges[0]);
        Assert.Matches("<g class=\"node role-principal outside\" data-findings=\"0\"><title>principal OUTSIDE the organization</title>", svg);
        Assert.Single(Regex.Matches(svg, "class=\"node role-principal\""));   // the consumer account, inside
    }

    [Fact]
    public void Page_IsSelfContained_WithACspThatForbidsFetching()
    {
        var html = Render(TestReports.Report([ShareFinding()], ["aws"], accounts: [Owner]));
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';", html);
        Assert.DoesNotMatch("<link|<script[^>]+src=|<img[^>]+src=\"http|@import|url\\(http", html);
        Assert.Single(Regex.Matches(html, "<script>"));
        Assert.Contains("<script type=\"application/json\" id=\"report-data\">", html);
    }

    [Fact]
    public void HostileText_IsEscapedInMarkupAndInTheEmbeddedData()
    {
        var evil = "</script><img src=x onerror=alert(1)>";
        var report = TestReports.Report([ShareFinding() with { Message = evil, ResourceName = evil }], ["aws"], accounts: [Owner]);
        var html = Render(report);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Equal(2, Regex.Matches(html, "</script>").Count);   // the data block's and the script's own end tags only
        Assert.Contains("\\u003C/script\\u003E\\u003Cimg src=x onerror=alert(1)\\u003E", html);
    }

    [Fact]
    public void Page_HasVerdictCountsRulesWithComplianceAndDiagnostics()
    {
        var html = Render(TestReports.LiveReport());
        Assert.Contains("<div class=\"verdict fail\" id=\"verdict\">2 finding(s) at or above high — collection incomplete</div>", html);
        Assert.Contains("NIST.800-53.r5 AC-21 — The share reaches principals outside the organization.", html);
        Assert.Contains("<code>AccessDenied</code> not authorized to list resource gateways (account 444455556666", html);
        Assert.Contains("<option value=\"444455556666\">444455556666</option>", html);
    }
}
