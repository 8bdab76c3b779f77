using System.Text.Json;
using Scanner.Collectors.Aws.Tests.Support;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Collectors.Aws.Tests.Models;

public sealed class ModelConformanceTests
{
    private static readonly Dictionary<string, ServiceModel> Models = new()
    {
        ["vpc-lattice"] = ServiceModel.Load("vpc-lattice"),
        ["ram"] = ServiceModel.Load("ram"),
        ["organizations"] = ServiceModel.Load("organizations"),
    };

    /// <summary>Errors any operation may answer whatever its model lists (authentication, throttling, access).</summary>
    private static readonly HashSet<string> CommonErrors =
        ["UnrecognizedClientException", "InvalidSignatureException", "AccessDeniedException", "ThrottlingException", "ServiceUnavailableException"];

    [Fact]
    public async Task FakeAndThinClients_FullOrganizationScan_EveryJsonExchangeMatchesTheServiceModels()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        await ScanRunner.RunAsync(ScanRunner.Options(aws) with { Regions = ["all"], OrganizationalUnits = [WorkloadsOu, SandboxOu] });
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Throttle) { Service = "vpc-lattice", Operation = "ListResourceGateways", AccountId = Provider });
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.ServerError) { Service = "ram", AccountId = Provider, Times = 1 });
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Throttle) { Service = "organizations", Times = 1 });
        await ScanRunner.RunAsync(ScanRunner.Options(aws));

        var problems = new List<string>();
        var checkedOperations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in aws.Exchanges.Where(e => Models.ContainsKey(e.Call.Service)))
        {
            var model = Models[x.Call.Service];
            if (!model.TryOperation(x.Call.Operation, out var op)) { problems.Add($"{x.Call.Action}: not in the model"); continue; }
            checkedOperations.Add(x.Call.Action);
            if (model.Protocol == "rest-json") WireConformance.RestRequest(model, op, x.Method, x.RawPath, x.RawQuery, x.RequestBody, problems);
            else WireConformance.JsonRpcRequest(model, op, x.Target, x.RequestBody, problems);

            if (x.Call.StatusCode == 200)
            {
                if (op.TryGetProperty("output", out var output))
                    WireConformance.Value(model, JsonDocument.Parse(x.ResponseBody).RootElement, output.GetProperty("shape").GetString()!, x.Call.Action, problems);
            }
            else if (x.Call.ErrorCode is { } code && !CommonErrors.Contains(code) &&
                     !(op.TryGetProperty("errors", out var errors) && errors.EnumerateArray().Any(e => e.GetProperty("shape").GetString() == code)))
                problems.Add($"{x.Call.Action}: error {code} is not declared by the operation");
        }

        // Known model inconsistency (reference/AWS-API.md §7): AccessLogSubscription resourceId allows only sn-/svc- ids,
        // yet subscriptions on resource configurations carry rcfg- ids.
        problems.RemoveAll(p => p.Contains(".resourceId: 'rcfg-", StringComparison.Ordinal) && p.Contains("ListAccessLogSubscriptions", StringComparison.Ordinal));
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(40)));
        var declared = AwsPermissions.All.Where(p => Models.ContainsKey(p.Service)).Select(p => p.IamAction).Order(StringComparer.Ordinal);
        Assert.Equal(declared, checkedOperations.Order(StringComparer.Ordinal));
        Assert.Contains(aws.Exchanges, x => x.Call.ErrorCode == "TooManyRequestsException");
    }

    [Fact]
    public void WireConformance_WrongMembersAndFormats_AreReported()
    {
        var lattice = Models["vpc-lattice"];
        var body = """{"items":[{"id":"rgw-short","arn":"arn:aws:vpc-lattice:us-east-1:111111111111:resourcegateway/rgw-00000000000000000","status":"RUNNING","vpcId":"vpc-1","createdAt":1733134272}],"NextToken":"x"}""";
        var problems = new List<string>();

        WireConformance.Value(lattice, JsonDocument.Parse(body).RootElement, "ListResourceGatewaysResponse", "r", problems);
        Assert.True(lattice.TryOperation("GetResourcePolicy", out var op));
        WireConformance.RestRequest(lattice, op, "GET", "/resourcepolicy/arn:aws:vpc-lattice:us-east-1:1:servicenetwork/sn-1", "?bogus=1", [], problems);

        Assert.Contains(problems, p => p.Contains("'rgw-short' does not match", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'RUNNING' not in enum", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("vpcId: not a member", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("createdAt: timestamp", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("NextToken: not a member", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("does not fit", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("query parameter bogus", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("required member resourceArn missing", StringComparison.Ordinal));
        Assert.Equal(9, problems.Count);
    }
}
