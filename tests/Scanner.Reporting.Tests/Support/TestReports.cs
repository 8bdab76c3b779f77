using Scanner.Core.Findings;
using Scanner.Core.Inventory;

namespace Scanner.Reporting.Tests.Support;

/// <summary>ScanReports built in code: IaC (Terraform, CloudFormation), live AWS, suppressed, diagnostics, clean.</summary>
internal static class TestReports
{
    public const string Root = "/work/repo";
    public const string Account = "111122223333";
    public const string OtherAccount = "444455556666";
    public const string ShareArn = "arn:aws:ram:us-east-1:111122223333:resource-share/7ab63972-b505-7e2a-420d-6f5d3EXAMPLE";
    public const string GatewayArn = "arn:aws:vpc-lattice:eu-west-1:444455556666:resourcegateway/rgw-0123456789abcdef0";

    public static readonly DateTimeOffset Started = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Finished = new(2026, 3, 1, 10, 0, 42, 123, TimeSpan.Zero);

    public static ReportOptions Options => new() { RepositoryRoot = Root, HelpUriBase = "https://github.com/latticescan/latticescan/blob/main/docs/rules/" };

    public static RuleDescriptor Rule(string id, Severity severity, double score, params string[] tags) => new()
    {
        Id = id,
        Name = "rule-" + id.ToLowerInvariant(),
        Title = $"Title of {id}.",
        Severity = severity,
        SecuritySeverity = score,
        Description = $"Description of {id}: what is wrong and why it matters.",
        Remediation = $"Fix {id} by restricting the share.",
        HelpMarkdown = $"**{id}**: restrict the share.",
        Tags = tags,
        ResourceKind = ResourceKinds.ResourceShare,
    };

    public static readonly IReadOnlyList<RuleDescriptor> Rules =
    [
        Rule("LATTICE001", Severity.Critical, 9.6, "ram", "sharing") with
        {
            Compliance =
            [
                new ComplianceControl("nist-800-53-r5", "AC-21", "The share reaches principals outside the organization."),
                new ComplianceControl("iso-27001-2022", "A.5.14", "Information is transferred to an outside party."),
            ],
        },
        Rule("LATTICE002", Severity.High, 8.1, "security", "security-group"),
        Rule("LATTICE003", Severity.Medium, 5.0, "logging"),
        Rule("LATTICE004", Severity.Low, 2.5),
    ];

    public static Finding Terraform(string rule = "LATTICE001", Severity severity = Severity.Critical, string file = "infra/lattice/ram.tf",
        string address = "module.lattice.aws_ram_resource_share.partner", int line = 14, int column = 3) => new()
    {
        RuleId = rule,
        Severity = severity,
        ResourceKind = ResourceKinds.ResourceShare,
        ResourceKey = file + "#" + address,
        ResourceName = "partner",
        ResourceAddress = address,
        Origin = ResourceOrigin.Terraform,
        Location = new SourceLocation(file, line, column, address) { EndLine = line + 4, EndColumn = 2 },
        Message = $"Resource share {address} allows external principals.",
        Evidence = [new Evidence("allow_external_principals", "true")],
        Fingerprint = Fingerprints.For(rule, file + "#" + address),
    };

    public static Finding CloudFormation() => new()
    {
        RuleId = "LATTICE003",
        Severity = Severity.Medium,
        ResourceKind = ResourceKinds.ResourceConfiguration,
        ResourceKey = "cfn/stack.yaml#DatabaseConfig",
        ResourceName = "DatabaseConfig",
        ResourceAddress = "DatabaseConfig",
        Origin = ResourceOrigin.CloudFormation,
        Location = new SourceLocation(Root + "/cfn/stack.yaml", 27, 5, "DatabaseConfig"),
        Message = "Resource configuration DatabaseConfig has no access log subscription.",
        Fingerprint = Fingerprints.For("LATTICE003", "cfn/stack.yaml#DatabaseConfig"),
    };

    public static Finding Live(string rule = "LATTICE001", Severity severity = Severity.Critical, string arn = ShareArn, string account = Account,
        string region = "us-east-1", string id = "7ab63972-b505-7e2a-420d-6f5d3EXAMPLE", string kind = ResourceKinds.ResourceShare) => new()
    {
        RuleId = rule,
        Severity = severity,
        ResourceKind = kind,
        ResourceKey = arn,
        ResourceArn = arn,
        ResourceId = id,
        ResourceName = "partner-share",
        Origin = ResourceOrigin.Aws,
        AccountId = account,
        Region = region,
        Message = $"Resource share partner-share ({arn}) is shared with account 999999999999 outside the organization.",
        Evidence = [new Evidence("principals[0]", "999999999999"), new Evidence("allowExternalPrincipals", "true")],
        Fingerprint = Fingerprints.For(rule, arn),
    };

    public static ScanReport Report(IReadOnlyList<Finding> findings, IReadOnlyList<string> sources, IReadOnlyList<ScanDiagnostic>? diagnostics = null,
        IReadOnlyList<string>? accounts = null, IReadOnlyList<string>? inputFiles = null) => new()
    {
        ToolVersion = "0.1.0",
        StartedAt = Started,
        FinishedAt = Finished,
        Sources = sources,
        InputFiles = inputFiles ?? [],
        Rules = Rules,
        Findings = findings,
        Diagnostics = diagnostics ?? [],
        Accounts = accounts ?? [],
        Regions = accounts is null ? [] : ["eu-west-1", "us-east-1"],
        OrganizationId = accounts is null ? null : "o-a1b2c3d4e5",
        InventorySummary = new Dictionary<string, int> { [ResourceKinds.ResourceShare] = 2, [ResourceKinds.ResourceConfiguration] = 1 },
    };

    public static ScanReport Iac() => Report(
        [
            Terraform(),
            Terraform("LATTICE002", Severity.High, "infra/lattice/sg.tf", "aws_security_group.gateway", 3, 0),
            Terraform("LATTICE004", Severity.Low, "infra/plan dir/plan.json", "aws_vpclattice_resource_gateway.gw", 120, 9),
            CloudFormation(),
        ],
        ["terraform", "cloudformation"],
        [new ScanDiagnostic { Level = DiagnosticLevel.Warning, Code = "UnknownValue", Message = "value known only after apply", File = "infra/lattice/ram.tf", Line = 16, Column = 5 }],
        inputFiles: ["infra/lattice/ram.tf", "infra/lattice/sg.tf", "cfn/stack.yaml"]);

    public static ScanReport LiveReport() => Report(
        [
            Live(),
            Live("LATTICE002", Severity.High, GatewayArn, OtherAccount, "eu-west-1", "rgw-0123456789abcdef0", ResourceKinds.ResourceGateway),
        ],
        ["aws"],
        [
            new ScanDiagnostic { Level = DiagnosticLevel.Error, Code = "AccessDenied", Message = "not authorized to list resource gateways", AccountId = OtherAccount, Region = "ap-northeast-1", Api = "vpc-lattice:ListResourceGateways" },
            new ScanDiagnostic { Level = DiagnosticLevel.Note, Code = "Throttling", Message = "retried 3 times", AccountId = Account, Region = "us-east-1", Api = "ram:GetResourceShares" },
        ],
        accounts: [Account, OtherAccount]);

    public static ScanReport Clean() => Report([], ["terraform"], inputFiles: ["main.tf"]);

    public static Finding Suppressed(Finding f, SuppressionKind kind = SuppressionKind.External) =>
        f with { Suppression = new Suppression(kind, "accepted risk: partner is a subsidiary", "team-network", new DateOnly(2026, 12, 31)) };
}
