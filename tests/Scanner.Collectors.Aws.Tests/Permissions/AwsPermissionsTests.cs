using System.Text.Json;
using System.Text.RegularExpressions;
using Scanner.Collectors.Aws.Tests.Support;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Collectors.Aws.Tests.Permissions;

public sealed partial class AwsPermissionsTests
{
    private const string PolicyFile = "docs/iam-policy.json";
    private const string StackSetFile = "docs/stackset-readonly-role.yaml";

    private static HashSet<string> PolicyActions()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf(PolicyFile)));
        return doc.RootElement.GetProperty("Statement").EnumerateArray()
            .SelectMany(s => s.GetProperty("Action").EnumerateArray().Select(a => a.GetString()!)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Set LATTICESCAN_WRITE_DOCS=1 to regenerate the file from <see cref="AwsPermissions.All"/>.</summary>
    [Fact]
    public void IamPolicyDocument_DocsFile_IsGeneratedFromThePermissionList()
    {
        var generated = AwsPermissions.PolicyDocument();
        var path = RepositoryFiles.PathOf(PolicyFile);
        if (Environment.GetEnvironmentVariable("LATTICESCAN_WRITE_DOCS") == "1") File.WriteAllText(path, generated);

        Assert.Equal(generated, File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(AwsPermissions.All.Select(p => p.IamAction).ToHashSet(), PolicyActions());
    }

    [Fact]
    public void AwsPermissions_All_AreReadsOrTheRoleAssumption()
    {
        Assert.All(AwsPermissions.All, p => Assert.True(
            p.Operation.StartsWith("Get", StringComparison.Ordinal) || p.Operation.StartsWith("List", StringComparison.Ordinal) ||
            p.Operation.StartsWith("Describe", StringComparison.Ordinal) || p.IamAction == "sts:AssumeRole", p.IamAction));
        Assert.Equal(AwsPermissions.All.Count, AwsPermissions.All.Select(p => p.IamAction).Distinct().Count());
    }

    [Fact]
    public async Task FakeAws_OrganizationScanWithOuAndAllRegions_SawOnlyActionsInIamPolicy()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());

        await ScanRunner.RunAsync(ScanRunner.Options(aws) with { Regions = ["all"], OrganizationalUnits = [WorkloadsOu, SandboxOu] });
        await ScanRunner.RunAsync(ScanRunner.Options(aws));

        var allowed = PolicyActions();
        var seen = aws.Calls.Select(c => c.Action).ToHashSet(StringComparer.Ordinal);
        Assert.Equal([], seen.Where(a => !allowed.Contains(a)).Order().ToArray());
        Assert.DoesNotContain(aws.Calls, c => c.Operation == "Unknown");
        Assert.Equal(AwsPermissions.All.Select(p => p.IamAction).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void StackSetTemplate_RolePolicy_GrantsExactlyTheMemberActions()
    {
        var yaml = File.ReadAllText(RepositoryFiles.PathOf(StackSetFile));

        var granted = ActionItem().Matches(yaml).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(AwsPermissions.MemberActions.ToHashSet(StringComparer.Ordinal), granted);
        Assert.Contains("sts:ExternalId", yaml, StringComparison.Ordinal);
        Assert.Contains($"RoleName: !Ref RoleName", yaml, StringComparison.Ordinal);
        Assert.Contains($"Default: {AwsScanOptions.DefaultRoleName}", yaml, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s*-\s*((?:vpc-lattice|ram|ec2|organizations|sts):[A-Za-z]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ActionItem();
}
