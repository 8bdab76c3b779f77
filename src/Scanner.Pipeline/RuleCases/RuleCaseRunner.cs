using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Scanner.Rules;
using Scanner.Rules.Evaluation;
using Scanner.Core.Findings;

namespace Scanner.Pipeline.RuleCases;

/// <summary>
/// Runs every rule's cases through the real collectors and the engine. A rule passes only when each case fires
/// on exactly the resources it names, the rule has at least one case that fires and one where nothing fires,
/// and its case file exists beside it (<c>&lt;slug&gt;.cases.yaml</c>) and names it. With <see cref="LiveCaseSupport"/>, a rule
/// over a kind the live collector produces must also have a live case that fires and one that does not; live cases run
/// through its <see cref="ILiveCaseCollector"/>, or are reported as not run with its reason.
/// </summary>
public sealed class RuleCaseRunner
{
    private readonly InputCollector _collector;
    private readonly LiveCaseSupport? _live;
    private readonly RuleEngine _engine = new();

    public RuleCaseRunner(InputCollector? collector = null, LiveCaseSupport? live = null)
    {
        _collector = collector ?? new InputCollector();
        _live = live;
    }

    public RuleTestReport Run(RuleSet rules)
    {
        var errors = rules.Errors.ToList();
        var results = new List<RuleTestResult>();
        var caseFilesUsed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules.Rules)
        {
            var caseFile = CaseFileFor(rule.Definition.File);
            if (!File.Exists(caseFile))
            {
                results.Add(new RuleTestResult(rule.Id, rule.Definition.File, null, [], [$"no case file: expected {caseFile}"]));
                continue;
            }
            caseFilesUsed.Add(Path.GetFullPath(caseFile));
            RuleCaseFile cases;
            try
            {
                cases = RuleCaseFileReader.Read(caseFile);
            }
            catch (InputException e)
            {
                errors.Add(new RuleError(e.File, e.Line, e.Column, e.Reason));
                results.Add(new RuleTestResult(rule.Id, rule.Definition.File, caseFile, [], ["case file does not load"]));
                continue;
            }
            results.Add(RunRule(rule, cases));
        }
        // A case file with no rule beside it proves nothing: report it rather than skip it.
        foreach (var dir in rules.RuleFiles.Select(Path.GetDirectoryName).OfType<string>().Distinct())
        foreach (var file in Directory.EnumerateFiles(dir, "*.cases.yaml").Order(StringComparer.Ordinal))
            if (!caseFilesUsed.Contains(Path.GetFullPath(file)))
                errors.Add(new RuleError(file, 0, 0, "case file has no rule file beside it (expected " + Path.GetFileName(file).Replace(".cases.yaml", ".yaml") + ")"));
        return new RuleTestReport(results, errors);
    }

    public RuleTestResult RunRule(CompiledRule rule, RuleCaseFile cases)
    {
        var problems = new List<string>();
        if (cases.RuleId != rule.Id) problems.Add($"{cases.Path}: names rule '{cases.RuleId}', but the rule beside it is '{rule.Id}'");
        var results = cases.Cases.Select(c => RunCase(rule, c, cases.Path)).ToList();
        if (!cases.Cases.Any(c => c.Fires.Count > 0)) problems.Add("no case that must fire");
        if (!cases.Cases.Any(c => c.Fires.Count == 0)) problems.Add("no case that must not fire");
        var notes = new List<string>();
        if (_live is not null)
        {
            var kind = rule.Definition.Resource;
            var live = cases.Cases.Where(c => c.Form == CaseInputForm.Live).ToList();
            if (!_live.CollectedKinds.Contains(kind))
            {
                if (live.Count > 0) problems.Add($"has live cases, but the live collector does not collect {kind}");
                else notes.Add($"no live form: {kind} is not collected live");
            }
            else if (cases.LiveNeverFires is { } reason)
            {
                if (live.Any(c => c.Fires.Count > 0)) problems.Add("a live case must fire, but the case file says the rule never fires live");
                if (live.Count == 0) problems.Add("no live case that must not fire (live_never_fires still needs one proving it)");
                notes.Add($"never fires live: {reason}");
            }
            else
            {
                var missing = new List<string>();
                if (!live.Any(c => c.Fires.Count > 0)) missing.Add("no live case that must fire");
                if (!live.Any(c => c.Fires.Count == 0)) missing.Add("no live case that must not fire");
                if (_live.RequireLiveCases) problems.AddRange(missing);
                else notes.AddRange(missing.Select(m => $"{m} ({kind} is collected live)"));
            }
        }
        return new RuleTestResult(rule.Id, rule.Definition.File, cases.Path, results, problems) { Notes = notes };
    }

    private CaseResult RunCase(CompiledRule rule, RuleCase c, string caseFile)
    {
        var display = $"{caseFile}#{c.Name}";
        if (c.Form == CaseInputForm.Live && _live?.Collector is null)
            return new CaseResult(c.Name, c.Form, c.Fires, [], null) { NotRun = _live?.NotRunReason ?? "no AWS emulator to serve live cases" };
        CollectionResult collected;
        var organization = c.Organization;
        try
        {
            switch (c.Form)
            {
                case CaseInputForm.Terraform: collected = _collector.TerraformText(c.Input, display); break;
                case CaseInputForm.CloudFormation: collected = _collector.CloudFormationText(c.Input, display); break;
                case CaseInputForm.Live:
                    var live = _live!.Collector!.Collect(c.Input, display);
                    (collected, organization) = (live.Collection, live.Organization);
                    break;
                default: collected = _collector.SnapshotText(c.Input, display).Collection; break;
            }
        }
        catch (InputException e)
        {
            return new CaseResult(c.Name, c.Form, c.Fires, [], $"input does not load: {e.Message}");
        }
        // A live collection that reports errors read less than the case describes: its verdict would prove nothing.
        if (c.Form == CaseInputForm.Live && collected.Diagnostics.FirstOrDefault(d => d.Level == DiagnosticLevel.Error) is { } incomplete)
            return new CaseResult(c.Name, c.Form, c.Fires, [], $"live collection incomplete: {incomplete.Code}: {incomplete.Message}");
        var graph = new InventoryGraph(collected.Resources);
        if (graph.OfKind(rule.Definition.Resource).Count == 0)
            return new CaseResult(c.Name, c.Form, c.Fires, [], $"the input holds no {rule.Definition.Resource}: the case proves nothing");
        var outcome = _engine.Evaluate(graph, [rule], organization);
        var fired = outcome.Findings.Select(f => graph.Find(f.ResourceKey)!).ToList();
        var actual = fired.Select(Label).Order(StringComparer.Ordinal).ToList();
        var failure = Mismatch("did not fire on", "fired unexpectedly on", c.Fires, fired);
        if (c.Undecided is { } expectedUndecided)
        {
            var undecided = outcome.Undecided.Select(u => graph.Find(u.ResourceKey)!).ToList();
            var undecidedFailure = Mismatch("did not stay undecided on", "left undecided unexpectedly", expectedUndecided, undecided);
            failure = failure is null ? undecidedFailure : undecidedFailure is null ? failure : failure + "; " + undecidedFailure;
        }
        if (failure is not null) failure += $" (case line {c.Line}: {c.Why})";
        return new CaseResult(c.Name, c.Form, c.Fires, actual, failure);
    }

    private static string? Mismatch(string missingText, string unexpectedText, IReadOnlyList<string> expected, List<Resource> actual)
    {
        var missing = expected.Where(e => !actual.Any(r => Matches(r, e))).ToList();
        var unexpected = actual.Where(r => !expected.Any(e => Matches(r, e))).Select(Label).ToList();
        if (missing.Count == 0 && unexpected.Count == 0) return null;
        return (missing.Count > 0 ? $"{missingText} {string.Join(", ", missing)}" : "") +
               (missing.Count > 0 && unexpected.Count > 0 ? "; " : "") +
               (unexpected.Count > 0 ? $"{unexpectedText} {string.Join(", ", unexpected)}" : "");
    }

    private static bool Matches(Resource r, string expected) =>
        r.Address == expected || r.Arn == expected || r.Id == expected || r.Key == expected || r.Name == expected ||
        r.Key.EndsWith("#" + expected, StringComparison.Ordinal);

    private static string Label(Resource r) => r.Address ?? r.Arn ?? r.Id ?? r.Key;

    public static string CaseFileFor(string ruleFile)
    {
        var dir = Path.GetDirectoryName(ruleFile) ?? ".";
        var stem = Path.GetFileNameWithoutExtension(ruleFile);
        return Path.Combine(dir, stem + ".cases.yaml");
    }
}
