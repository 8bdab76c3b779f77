namespace Scanner.Core.Schema;

/// <summary>
/// The members of one RAM share principal, declared once: the schema's <c>principals</c> item is built from them and
/// <see cref="Normalisation.RamPrincipals"/> (and the live collector's RAM flags) write through them.
/// </summary>
public static class RamPrincipalProperties
{
    public static PropertySchema Id { get; } = new("id", PropertyType.String, "Account id, organization/OU ARN, IAM ARN or service principal.");
    public static PropertySchema Type { get; } = new("type", PropertyType.String, "account, organization, organizationalUnit, iam or service; unknown for anything else (docs/normalisation.md).");
    public static PropertySchema AccountId { get; } = new("accountId", PropertyType.String, "Account id for account and IAM principals.");
    public static PropertySchema OrganizationId { get; } = new("organizationId", PropertyType.String, "Organization id for organization and OU principals.");
    public static PropertySchema External { get; } = new("external", PropertyType.Boolean, "RAM's raw external flag (live scans).");
    public static PropertySchema Status { get; } = new("status", PropertyType.String, "Association status.");

    public static IReadOnlyList<PropertySchema> All { get; } = [Id, Type, AccountId, OrganizationId, External, Status];
}
