namespace Scanner.Collectors.Aws.Organizations;

/// <summary>ListChildren's <c>Child</c>: an account id or OU id, with <c>Type</c> ACCOUNT or ORGANIZATIONAL_UNIT.</summary>
public sealed record OrganizationChild(string Id, string Type);
