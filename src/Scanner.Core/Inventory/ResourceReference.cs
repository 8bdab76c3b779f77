namespace Scanner.Core.Inventory;

/// <summary>
/// An outgoing edge as a collector sees it: a relation name from <see cref="Schema.InventorySchema"/> and the
/// identifier of the target (an ARN, an AWS id, or a scoped IaC key such as <c>plan.json#aws_security_group.gw</c>).
/// <see cref="Target"/> is null when the collector knows an edge exists but not where it points (a Terraform
/// value known only after apply that no expression reference explains): traversing it yields an unknown value.
/// </summary>
public sealed record ResourceReference(string Relation, string? Target)
{
    public static ResourceReference Unresolvable(string relation) => new(relation, null);
}
