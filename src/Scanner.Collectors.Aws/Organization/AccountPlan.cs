using Scanner.Core.Aws;
using Scanner.Core.Findings;

namespace Scanner.Collectors.Aws.Organization;

/// <summary>Which accounts to scan, which were skipped and why, and what the organization is.</summary>
internal sealed record AccountPlan(
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Skipped,
    OrganizationContext Organization,
    IReadOnlyList<ScanDiagnostic> Diagnostics);
