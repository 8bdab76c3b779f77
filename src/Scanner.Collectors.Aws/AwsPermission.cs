namespace Scanner.Collectors.Aws;

/// <summary>
/// One API operation the collectors call and the IAM action it needs. <see cref="Scope"/> says where: in every scanned
/// account (the read-only role), or only for the scanning principal (organization listing, assuming the role).
/// </summary>
public sealed record AwsPermission(string Service, string Operation, AwsPermissionScope Scope, string Purpose)
{
    /// <summary>The IAM action, <c>service:Operation</c> (for these services the action is named after the operation).</summary>
    public string IamAction => $"{Service}:{Operation}";
}
