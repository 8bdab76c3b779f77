using System.Text.Json;
using System.Text.Json.Nodes;
using Scanner.Collectors.Aws.Tests.Support;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using Scanner.Tests.Shared;
using Xunit.Abstractions;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Collectors.Aws.Tests.Conformance;

/// <summary>
/// AWS's own clients (AWS SDK for JavaScript v3, tests/conformance) judge both sides: every call the collector makes
/// is sent through the official client to the strict fake and must parse and carry what the collector reads; the
/// request the official client sends and the one the project's client sends for the same logical call are compared
/// field by field at the fake (method, path, query, content type, X-Amz-Target, body, signing service and region);
/// requests the services reject must reach the official clients as the services' own errors.
/// </summary>
public sealed class OfficialClientConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Catalogue_CoversEveryOperationTheIamPolicyGrants()
    {
        var declared = AwsPermissions.All.Select(p => p.IamAction).Order(StringComparer.Ordinal);
        var covered = ConformanceCalls.All.Select(c => $"{c.Service}:{c.Operation}").Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(declared, covered);
    }

    [Fact]
    public async Task Catalogue_HoldsExactlyTheParameterCombinationsOfAFullOrganizationScan()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        await ScanRunner.RunAsync(ScanRunner.Options(aws) with { Regions = ["all"], OrganizationalUnits = [WorkloadsOu, SandboxOu] });
        await ScanRunner.RunAsync(ScanRunner.Options(aws));

        var used = aws.Exchanges.Select(ParameterCombination.Observed).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var judged = ConformanceCalls.All.Select(c => ParameterCombination.Of(c.Service, c.Operation, c.Input)).ToHashSet(StringComparer.Ordinal);

        Assert.True(used.SetEquals(judged),
            "used by the collector, not judged:\n  " + string.Join("\n  ", used.Except(judged).Order(StringComparer.Ordinal)) +
            "\njudged, not used by the collector:\n  " + string.Join("\n  ", judged.Except(used).Order(StringComparer.Ordinal)));
    }

    [SkippableFact]
    public async Task OfficialClients_EveryCollectorCall_AnswerParsesAndRequestsMatchTheProjectClients()
    {
        RequiredTool.Require(OfficialClientJudge.Unavailable());
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var credentials = ConformanceCalls.All.Concat(ConformanceCalls.Rejected).Select(c => c.AccountId).Distinct()
            .ToDictionary(a => a, a => a == Management ? aws.ManagementCredentials : aws.CreateStaticCredentials(a));
        var calls = ConformanceCalls.All.Select((c, i) => (Id: $"c{i + 1:D3}", Call: c)).ToList();
        var problems = new List<string>();

        var project = new Dictionary<string, EmulatedExchange>(StringComparer.Ordinal);
        foreach (var (id, call) in calls)
        {
            aws.ClearCalls();
            try
            {
                await call.Thin(FakeAwsFixture.Options(aws, call.Region, credentials[call.AccountId], maxRetries: 0));
            }
            catch (Exception e)
            {
                problems.Add($"{id} {call.Service}:{call.Operation} {call.Label}: the project's client failed: {e.GetType().Name}: {e.Message}");
            }
            if (aws.Exchanges.FirstOrDefault() is { } first) project[id] = first;
            else problems.Add($"{id} {call.Service}:{call.Operation} {call.Label}: the project's client sent nothing");
        }
        aws.ClearCalls();

        var dir = Directory.CreateTempSubdirectory("latticescan-conformance-");
        try
        {
            var plan = Path.Combine(dir.FullName, "plan.json");
            var results = Path.Combine(dir.FullName, "results.json");
            var rejected = ConformanceCalls.Rejected.Select((c, i) => (Id: $"r{i + 1:D3}", Call: c)).ToList();
            await File.WriteAllTextAsync(plan, Plan(aws, calls.Concat(rejected), credentials));
            var (exit, judgeOutput) = OfficialClientJudge.Run(plan, results);
            output.WriteLine(judgeOutput);
            if (exit != 0) problems.Add($"official clients (exit {exit}):\n{judgeOutput}");

            var exchanges = aws.Exchanges;
            var compared = 0;
            foreach (var (id, call) in calls)
            {
                var official = exchanges.FirstOrDefault(x => UserAgent(x).Contains($"latticescan-conformance/{id}", StringComparison.Ordinal));
                if (official is null)
                {
                    problems.Add($"{id} {call.Service}:{call.Operation} {call.Label}: no request from the official client reached the fake");
                    continue;
                }
                if (!project.TryGetValue(id, out var mine)) continue;
                compared++;
                foreach (var (field, theirs, ours) in WireRequest.Differences(WireRequest.From(official), WireRequest.From(mine)))
                    if (HarmlessDifference.Find(call.Service, field, theirs, ours) is null)
                        problems.Add($"{id} {call.Service}:{call.Operation} {call.Label}: {field}: official client sends '{theirs ?? "(absent)"}', the project's client '{ours ?? "(absent)"}'");
            }

            var operations = calls.Select(c => $"{c.Call.Service}:{c.Call.Operation}").Distinct().Count();
            var summary = $"AWS conformance: {operations} operations ({AwsPermissions.All.Count} in AwsPermissions), {calls.Count} calls through the official " +
                          $"AWS SDK for JavaScript v3 clients, {compared} requests compared with the project's clients, {rejected.Count} rejected requests " +
                          $"parsed as the services' errors, {problems.Count} problems";
            output.WriteLine(summary);
            if (Environment.GetEnvironmentVariable("CONFORMANCE_SUMMARY") is { Length: > 0 } summaryPath)
                await File.WriteAllTextAsync(summaryPath, summary + "\n" + string.Join("\n", problems) + "\n");
            Assert.True(problems.Count == 0, summary + ":\n" + string.Join("\n", problems));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string UserAgent(EmulatedExchange x) =>
        x.RequestHeaders.GetValueOrDefault("user-agent", "") + " " + x.RequestHeaders.GetValueOrDefault("x-amz-user-agent", "");

    private static string Plan(FakeAwsServer aws, IEnumerable<(string Id, ConformanceCall Call)> calls, IReadOnlyDictionary<string, EmulatedCredentials> credentials)
    {
        var plan = new JsonObject
        {
            ["endpoint"] = aws.BaseUrl.ToString().TrimEnd('/'),
            ["calls"] = new JsonArray(calls.Select(x => (JsonNode)new JsonObject
            {
                ["id"] = x.Id,
                ["service"] = x.Call.Service,
                ["operation"] = x.Call.Operation,
                ["label"] = x.Call.Label,
                ["region"] = x.Call.Service == "organizations" ? "us-east-1" : x.Call.Region,
                ["accessKeyId"] = credentials[x.Call.AccountId].AccessKeyId,
                ["secretAccessKey"] = credentials[x.Call.AccountId].SecretAccessKey,
                ["input"] = x.Call.Input,
                ["reads"] = new JsonArray(x.Call.Reads.Select(r => (JsonNode)r).ToArray()),
                ["itemsMember"] = x.Call.ItemsMember,
                ["tokenMember"] = x.Call.TokenMember,
                ["minItems"] = x.Call.MinItems,
                ["expectError"] = x.Call.ExpectError,
            }).ToArray()),
        };
        return plan.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
