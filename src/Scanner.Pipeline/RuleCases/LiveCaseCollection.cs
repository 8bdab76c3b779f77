using Scanner.Core.Aws;
using Scanner.Core.Collection;

namespace Scanner.Pipeline.RuleCases;

/// <summary>What the live collector read for a case: the resources, and the organization it discovered (used for the rule's organization conditions).</summary>
public sealed record LiveCaseCollection(CollectionResult Collection, OrganizationContext Organization);
