namespace Scanner.Reporting.Html;

/// <summary>
/// Who owns a shared resource configuration or service network, which gateway serves it, which RAM shares carry
/// it to which principals (inside or outside the organization), and which endpoints and associations consume it.
/// </summary>
public sealed record SharingChain(string Title, string RootKey, IReadOnlyList<SharingNode> Nodes, IReadOnlyList<SharingEdge> Edges);
