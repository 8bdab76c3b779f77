namespace Scanner.Reporting.Html;

/// <summary>
/// A link of a sharing chain (<c>serves</c>, <c>shared by</c>, <c>grants</c>, <c>consumes</c>, <c>joins</c>).
/// <see cref="EvidenceKey"/> is the inventory key whose findings may be about this link, and
/// <see cref="Identifiers"/> what names the far end (an account id, an ARN), matched against finding evidence.
/// </summary>
public sealed record SharingEdge(string From, string To, string Label, string? EvidenceKey = null, IReadOnlyList<string>? Identifiers = null);
