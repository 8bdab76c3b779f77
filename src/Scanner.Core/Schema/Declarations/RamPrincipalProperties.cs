namespace Scanner.Core.Schema;

/// <summary>
/// The members of one RAM share principal, declared once: <see cref="Principal"/> is built from them and
/// <see cref="Normalisation.RamPrincipals"/> (and the live collector's RAM flags) write through them.
/// </summary>
public static class RamPrincipalProperties
{
    public static PropertySchema Id { get; } = Declare.String("Account id, organization/OU ARN, IAM ARN or service principal.");
    public static PropertySchema Type { get; } = Declare.String("account, organization, organizationalUnit, iam or service; unknown for anything else (docs/normalisation.md).");
    public static PropertySchema AccountId { get; } = Declare.String("Account id for account and IAM principals.");
    public static PropertySchema OrganizationId { get; } = Declare.String("Organization id for organization and OU principals.");
    public static PropertySchema External { get; } = Declare.Boolean("RAM's raw external flag (live scans).");
    public static PropertySchema Status { get; } = Declare.String("Association status.");

    public static IReadOnlyList<PropertySchema> All { get; } = [Id, Type, AccountId, OrganizationId, External, Status];

    /// <summary>One principal, the element of a share's <c>principals</c>.</summary>
    public static PropertySchema Principal { get; } = Declare.Object("One principal.", All);
}
