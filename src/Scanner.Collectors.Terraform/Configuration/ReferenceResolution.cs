using Scanner.Collectors.Terraform.Plan;

namespace Scanner.Collectors.Terraform.Configuration;

/// <summary>
/// The planned resources an attribute's expression points at. <see cref="Complete"/> is false when some
/// reference led nowhere in this plan (a data source, a local, a resource not planned to exist).
/// </summary>
internal sealed record ReferenceResolution(IReadOnlyList<PlannedResource> Targets, bool Complete)
{
    public static ReferenceResolution None { get; } = new([], false);
}
