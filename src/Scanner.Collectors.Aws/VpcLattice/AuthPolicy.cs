namespace Scanner.Collectors.Aws.VpcLattice;

/// <summary>GetAuthPolicy's result: the policy document text and its state (Active / Inactive).</summary>
public sealed record AuthPolicy(string Policy, string? State);
