using System.Globalization;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Reporting.Common;

namespace Scanner.Reporting.Sarif;

/// <summary>
/// Builds the SARIF object model for a report: one run, rules by id, results in <see cref="FindingOrder"/>. The run's
/// results are made one at a time as they are enumerated (<see cref="SarifReportWriter"/> writes each as it comes), so a
/// report of a million findings is never a million result objects at once.
/// </summary>
internal sealed class SarifLogBuilder(ReportOptions options)
{
    public const string ToolName = "latticescan";
    public const string InformationUri = "https://github.com/latticescan/latticescan";

    /// <summary>The log without results, and the results in order, each made when it is reached.</summary>
    public (SarifLog Log, IEnumerable<SarifResult> Results) Build(ScanReport report)
    {
        // Sorted, then filtered: a store already in order (perhaps in a temporary file) is then read, never copied.
        var findings = FindingOrder.Sort(report.Findings).Where(f => options.IncludeSuppressedInSarif || f.Suppression is null);
        var absent = options.IncludeAbsentInSarif ? ReportOrder.Absent(report) : [];

        var rules = ReportOrder.SortRules(report.Rules).Select(r => SarifRuleMapper.Map(r, options.HelpUriBase)).ToList();
        var known = rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var g in findings.Concat(absent).Where(f => !known.Contains(f.RuleId)).GroupBy(f => f.RuleId, StringComparer.Ordinal))
            rules.Add(SarifRuleMapper.Placeholder(g.Key, g.Max(f => f.Severity), options.HelpUriBase));
        rules.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        var run = new SarifRun
        {
            Tool = new()
            {
                Driver = new()
                {
                    Name = ToolName,
                    Version = report.ToolVersion,
                    SemanticVersion = report.ToolVersion,
                    InformationUri = InformationUri,
                    Rules = rules,
                },
            },
            AutomationDetails = options.OmitAutomationDetails ? null : new() { Id = AutomationIds.For(report, options) },
            Invocations = [Invocation(report)],
        };
        return (new SarifLog { Runs = [run] }, findings.Concat(absent).Select(f => Result(f, index[f.RuleId], report)));
    }

    private SarifResult Result(Finding f, int ruleIndex, ScanReport report)
    {
        var live = f.Origin == ResourceOrigin.Aws;
        var iacFile = live ? null : SarifLocationMapper.IacFile(f, report.InputFiles);
        // A finding absent since the baseline is fixed: a pass, never a failure at any level.
        var fixedSinceBaseline = f.BaselineState == Core.Findings.BaselineState.Absent;
        return new SarifResult
        {
            RuleId = f.RuleId,
            RuleIndex = ruleIndex,
            Kind = fixedSinceBaseline ? "pass" : "fail",
            Level = fixedSinceBaseline ? "none" : SarifLevels.Level(f.Severity),
            Message = new() { Text = string.IsNullOrWhiteSpace(f.Message) ? $"{f.RuleId}: {f.ResourceName ?? f.ResourceKey}" : f.Message },
            Locations = [SarifLocationMapper.Map(f, options, report.InputFiles)],
            // The ":1" suffix follows GitHub's own "<hash>:<occurrence>" form; the hash never involves line numbers.
            PartialFingerprints = new() { PrimaryLocationLineHash = f.Fingerprint + ":1" },
            Fingerprints = new() { Latticescan = f.Fingerprint },
            BaselineState = f.BaselineState?.ToName(),
            Suppressions = f.Suppression is { } s ? [Suppression(s)] : null,
            Properties = new()
            {
                Severity = f.Severity.ToName(),
                Origin = OriginNames.ToName(f.Origin),
                ResourceKind = f.ResourceKind,
                ResourceKey = f.ResourceKey,
                ResourceName = f.ResourceName,
                ResourceId = f.ResourceId,
                ResourceAddress = live ? f.ResourceAddress : SarifLocationMapper.IacAddress(f),
                AwsResourceArn = f.ResourceArn ?? (live && f.ResourceKey.StartsWith("arn:", StringComparison.Ordinal) ? f.ResourceKey : null),
                AwsAccountId = f.AccountId,
                AwsRegion = f.Region,
                DependsOnUnknown = f.DependsOnUnknown,
                Evidence = f.Evidence.Select(e => new SarifEvidence { Path = e.Path, Value = e.Value }).ToList(),
                SourceFile = iacFile is null ? null : RepositoryPaths.ToRelative(iacFile, options.RepositoryRoot, options.WorkingDirectory),
            },
        };
    }

    /// <summary>
    /// inSource for suppressions written in the resource itself (tags, CloudFormation Metadata), external for a
    /// suppressions file. The scanner's own kind word, owner and expiry ride along in the properties.
    /// </summary>
    private static SarifSuppression Suppression(Suppression s) => new()
    {
        Kind = s.Kind.ToName(),
        Status = "accepted",
        Justification = s.Reason,
        Properties = new()
        {
            LatticescanKind = s.Kind.ToName(),
            Owner = s.Owner,
            Expires = s.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        },
    };

    private SarifInvocation Invocation(ScanReport report) => new()
    {
        ExecutionSuccessful = report.IsComplete,
        StartTimeUtc = Timestamps.Format(report.StartedAt),
        EndTimeUtc = Timestamps.Format(report.FinishedAt),
        ToolExecutionNotifications = ReportOrder.SortDiagnostics(report.Diagnostics).Select(Notification).ToList(),
    };

    private SarifNotification Notification(ScanDiagnostic d)
    {
        var file = string.IsNullOrWhiteSpace(d.File) ? null : RepositoryPaths.ToRelative(d.File, options.RepositoryRoot, options.WorkingDirectory);
        var hasContext = d.AccountId is not null || d.Region is not null || d.Api is not null;
        return new SarifNotification
        {
            Level = SarifLevels.NotificationLevel(d.Level),
            Message = new() { Text = DiagnosticText.Describe(d, file) },
            Descriptor = new() { Id = d.Code },
            Locations = file is null ? null :
            [
                new()
                {
                    PhysicalLocation = new()
                    {
                        ArtifactLocation = new() { Uri = UriPaths.EncodePath(file) },
                        Region = new() { StartLine = Math.Max(d.Line, 1), StartColumn = d.Line > 0 && d.Column > 0 ? d.Column : null },
                    },
                },
            ],
            Properties = hasContext ? new() { AwsAccountId = d.AccountId, AwsRegion = d.Region, Api = d.Api } : null,
        };
    }
}
