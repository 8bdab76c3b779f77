namespace Scanner.Pipeline.RuleCases;

/// <summary>
/// How <see cref="RuleCaseRunner"/> treats the <c>live</c> form: the resource kinds the live collector produces, and the
/// collector that runs live cases, or the reason they cannot run here (then each live case is reported as not run,
/// never as passed). With <see cref="RequireLiveCases"/>, a rule over a collected kind must have a live case that fires
/// and one that does not; without it, a missing live form is a note.
/// </summary>
public sealed record LiveCaseSupport(IReadOnlySet<string> CollectedKinds, ILiveCaseCollector? Collector, string? NotRunReason = null)
{
    public bool RequireLiveCases { get; init; } = true;
}
