using System.Text;
using Scanner.Core.Findings;
using Scanner.Pipeline.RuleCases;
using Scanner.Rules;

namespace Scanner.Pipeline.Tests;

/// <summary>
/// docs/rules/ is generated from the bundled rules: one page per rule id (the SARIF helpUri points at
/// docs/rules/&lt;RULE-ID&gt;.md) rendered from <see cref="RuleHelp.Markdown"/> plus a summary of the rule's cases,
/// and an index. Set UPDATE_DOCS=1 to rewrite them after changing a rule or its cases; otherwise the files on disk
/// must equal the rendering. The conformance tests hold every rule to the catalogue's metadata standard.
/// </summary>
public class RuleDocsTests
{
    private static readonly Lazy<RuleSet> Rules = new(() => new RuleLoader().LoadDirectories([RepoPaths.Rules]));

    private static readonly Dictionary<string, string> FolderOfPrefix = new(StringComparer.Ordinal)
    {
        ["LATTICE-GW"] = "gateway",
        ["LATTICE-RCFG"] = "configuration",
        ["LATTICE-SN"] = "service-network",
        ["LATTICE-ASSOC"] = "association",
        ["LATTICE-EP"] = "endpoint",
        ["LATTICE-SHARE"] = "share",
        ["LATTICE-LOG"] = "logging",
        ["LATTICE-SVC"] = "service",
    };

    private static string DocsDir => Path.Combine(RepoPaths.Root, "docs", "rules");

    private static bool Update => Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1";

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var r in Rules.Value.Rules) data.Add(r.Id);
        return data;
    }

    private static CompiledRule Rule(string id) => Rules.Value.Rules.Single(r => r.Id == id);

    private static string Relative(string path) => Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/');

    /// <summary>The page: the rule's help markdown, then what proves it (forms, firing and non-firing cases).</summary>
    public static string RenderPage(CompiledRule rule)
    {
        var d = rule.Definition;
        var sb = new StringBuilder(RuleHelp.Markdown(d));
        sb.AppendLine().AppendLine("## Rule").AppendLine();
        sb.Append("- **Id:** `").Append(d.Id).Append("` (`").Append(d.Name).AppendLine("`)");
        sb.Append("- **Severity:** ").Append(d.Severity.ToName());
        if (d.SecuritySeverity is { } score) sb.Append(" (security severity ").Append(score.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)).Append(')');
        sb.AppendLine();
        sb.Append("- **Precision:** ").AppendLine(d.Precision);
        sb.Append("- **Tags:** ").AppendLine(string.Join(", ", d.Tags.Select(t => $"`{t}`")));
        sb.Append("- **Source:** `").Append(Relative(d.File)).AppendLine("`");

        var caseFile = RuleCaseRunner.CaseFileFor(d.File);
        sb.AppendLine().AppendLine("## Cases").AppendLine();
        sb.Append("Proved by `").Append(Relative(caseFile)).AppendLine("`, run through the real collectors by the test suite.").AppendLine();
        var cases = RuleCaseFileReader.Read(caseFile).Cases;
        sb.AppendLine("| input form | must fire | must not fire |").AppendLine("|---|---|---|");
        foreach (var form in cases.Select(c => c.Form).Distinct().Order())
        {
            var inForm = cases.Where(c => c.Form == form).ToList();
            sb.Append("| ").Append(FormName(form)).Append(" | ").Append(inForm.Count(c => c.Fires.Count > 0))
              .Append(" | ").Append(inForm.Count(c => c.Fires.Count == 0)).AppendLine(" |");
        }
        sb.AppendLine().AppendLine("| case | fires | why |").AppendLine("|---|---|---|");
        foreach (var c in cases)
            sb.Append("| `").Append(c.Name).Append("` | ").Append(c.Fires.Count > 0 ? "yes" : "no").Append(" | ")
              .Append(c.Why.Replace("|", "\\|").Trim()).AppendLine(" |");
        return sb.ToString().TrimEnd() + "\n";
    }

    public static string RenderIndex(IEnumerable<CompiledRule> rules)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Rules").AppendLine();
        sb.AppendLine("Generated from `rules/` by `tests/Scanner.Pipeline.Tests/RuleDocsTests.cs` (run the tests with `UPDATE_DOCS=1`")
          .AppendLine("to rewrite). Each page holds the rule's description, severity rationale, remediation and the cases that prove it.").AppendLine();
        sb.AppendLine("| id | severity | resource | title |").AppendLine("|---|---|---|---|");
        foreach (var r in rules.OrderBy(r => r.Id, StringComparer.Ordinal))
            sb.Append("| [").Append(r.Id).Append("](").Append(r.Id).Append(".md) | ").Append(r.Definition.Severity.ToName())
              .Append(" | `").Append(r.Definition.Resource).Append("` | ").Append(r.Definition.Title.Replace("|", "\\|")).AppendLine(" |");
        return sb.ToString();
    }

    private static string FormName(CaseInputForm form) => form switch
    {
        CaseInputForm.Terraform => "Terraform",
        CaseInputForm.CloudFormation => "CloudFormation",
        CaseInputForm.Live => "live (AWS API, emulated)",
        _ => "inventory snapshot",
    };

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RulePage_IsUpToDate(string ruleId)
    {
        var path = Path.Combine(DocsDir, ruleId + ".md");
        var expected = RenderPage(Rule(ruleId));
        if (Update)
        {
            Directory.CreateDirectory(DocsDir);
            File.WriteAllText(path, expected);
        }
        Assert.True(File.Exists(path), $"docs/rules/{ruleId}.md is missing: run the tests with UPDATE_DOCS=1");
        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void RuleIndex_IsUpToDate_AndNoPageIsLeftOver()
    {
        var path = Path.Combine(DocsDir, "README.md");
        var expected = RenderIndex(Rules.Value.Rules);
        if (Update)
        {
            Directory.CreateDirectory(DocsDir);
            File.WriteAllText(path, expected);
        }
        Assert.True(File.Exists(path), "docs/rules/README.md is missing: run the tests with UPDATE_DOCS=1");
        Assert.Equal(expected, File.ReadAllText(path));
        var ids = Rules.Value.Rules.Select(r => r.Id + ".md").ToHashSet(StringComparer.Ordinal);
        var stale = Directory.EnumerateFiles(DocsDir, "*.md").Select(Path.GetFileName).OfType<string>()
            .Where(f => f != "README.md" && !ids.Contains(f)).ToList();
        Assert.True(stale.Count == 0, "pages without a rule (a rule id is never reused; retire with deprecated: true): " + string.Join(", ", stale));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_MeetsTheCatalogueStandard(string ruleId)
    {
        var d = Rule(ruleId).Definition;
        var problems = new List<string>();
        if (d.References.Count == 0) problems.Add("no references");
        problems.AddRange(d.References.Where(r => !r.StartsWith("https://docs.aws.amazon.com/", StringComparison.Ordinal))
            .Select(r => $"reference is not AWS documentation: {r}"));
        if (string.IsNullOrWhiteSpace(d.Remediation.Terraform)) problems.Add("remediation has no terraform fix");
        if (string.IsNullOrWhiteSpace(d.Remediation.CloudFormation)) problems.Add("remediation has no cloudformation fix");
        if (string.IsNullOrWhiteSpace(d.Remediation.Cli)) problems.Add("remediation has no cli fix");
        if (!d.Tags.Contains("security")) problems.Add("tags do not include 'security'");
        if (d.Tags.Count > 10) problems.Add($"{d.Tags.Count} tags (at most 10)");
        problems.AddRange(d.Tags.Where(t => t.StartsWith("external/cwe", StringComparison.Ordinal) && !System.Text.RegularExpressions.Regex.IsMatch(t, "^external/cwe/cwe-[0-9]+$"))
            .Select(t => $"malformed CWE tag {t}"));
        if (d.SecuritySeverity is null) problems.Add("no security_severity score");
        if (!d.Message.Contains("{{", StringComparison.Ordinal)) problems.Add("message names no value ({{ evidence }} or a {{ path }})");
        if (!d.Description.Contains("unknown", StringComparison.OrdinalIgnoreCase)) problems.Add("description does not say which unknown: choice the rule makes");
        var prefix = FolderOfPrefix.Keys.FirstOrDefault(p => System.Text.RegularExpressions.Regex.IsMatch(d.Id, "^" + p + "-[0-9]{3}$"));
        if (prefix is null) problems.Add($"id {d.Id} is not LATTICE-<GW|RCFG|SN|ASSOC|EP|SHARE|LOG|SVC>-NNN");
        else if (Path.GetFileName(Path.GetDirectoryName(d.File)) != FolderOfPrefix[prefix])
            problems.Add($"{d.Id} belongs in rules/{FolderOfPrefix[prefix]}/, not {Relative(Path.GetDirectoryName(d.File)!)}/");
        if (!File.Exists(Path.Combine(DocsDir, d.Id + ".md"))) problems.Add($"no docs page docs/rules/{d.Id}.md");
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [Fact]
    public void Catalogue_HoldsAtLeast25Rules_CoveringEveryResourceGroup()
    {
        var ids = Rules.Value.Rules.Select(r => r.Id).ToList();
        Assert.True(ids.Count >= 25, $"{ids.Count} rules");
        foreach (var prefix in FolderOfPrefix.Keys) Assert.Contains(ids, id => id.StartsWith(prefix + "-", StringComparison.Ordinal));
    }
}
