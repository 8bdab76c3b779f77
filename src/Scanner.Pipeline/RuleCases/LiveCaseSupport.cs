namespace Scanner.Pipeline.RuleCases;

/// <summary>
/// How <see cref="RuleCaseRunner"/> treats the <c>live</c> form: the resource kinds the live collector produces (a rule
/// over one of them must have a live case that fires and one that does not), and the collector that runs live cases,
/// or the reason they cannot run here (then each live case is reported as not run, never as passed).
/// </summary>
public sealed record LiveCaseSupport(IReadOnlySet<string> CollectedKinds, ILiveCaseCollector? Collector, string? NotRunReason = null);
