using Scanner.Core.Aws;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;

namespace Scanner.Rules.Evaluation;

/// <summary>What a condition sees while it evaluates: the graph, the organisation, and the rule's subject.</summary>
public sealed class EvaluationContext
{
    public EvaluationContext(InventoryGraph graph, OrganizationContext organization, Resource subject)
    {
        Graph = graph;
        Organization = organization;
        Subject = subject;
    }

    public InventoryGraph Graph { get; }
    public OrganizationContext Organization { get; }
    public Resource Subject { get; }

    /// <summary>Evidence gathered by leaves that evaluated true.</summary>
    public List<Evidence> Evidence { get; } = [];
}
