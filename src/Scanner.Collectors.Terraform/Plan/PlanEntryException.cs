namespace Scanner.Collectors.Terraform.Plan;

/// <summary>A <c>resource_changes</c> entry that cannot be read; the collector locates it and reports an input error.</summary>
internal sealed class PlanEntryException(int ordinal, string? address, string reason) : Exception(reason)
{
    public int Ordinal { get; } = ordinal;
    public string? Address { get; } = address;
}
