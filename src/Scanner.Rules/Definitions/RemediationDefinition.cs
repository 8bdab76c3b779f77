namespace Scanner.Rules.Definitions;

/// <summary>How to fix a finding: a summary and the fix for each way the resource is managed.</summary>
public sealed record RemediationDefinition(string Summary, string? Terraform, string? CloudFormation, string? Cli);
