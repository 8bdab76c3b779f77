using System.CommandLine;
using System.Text.Json;
using Scanner.Cli.LiveCases;
using Scanner.Collectors.Aws;
using Scanner.Core.Findings;
using Scanner.Pipeline.RuleCases;
using Scanner.Rules;

namespace Scanner.Cli.Commands;

/// <summary><c>latticescan rules list|test|validate</c>.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", "List, validate and test rules.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Test());
        command.Subcommands.Add(Validate());
        return command;
    }

    private static Command List()
    {
        var rules = CommonOptions.Rules();
        var noBundled = CommonOptions.NoBundledRules();
        var format = Choices.Restrict(new Option<string>("--format") { Description = "table or json." }, "table", "table", "json");
        var compliance = new Option<string?>("--compliance")
        {
            Description = "Show each rule's compliance controls; with a framework (nist-800-53-r5, iso-27001-2022), list only the rules mapped to it and only its controls.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("list", "List the rules: id, severity, resource kind, title.") { rules, noBundled, format, compliance };
        command.SetAction(p => CommandRunner.Run(p, () =>
        {
            var set = new RuleLoader().Load(p.GetValue(noBundled) ? [] : Scanner.Library.BundledRuleSet.Rules, p.GetValue(rules) ?? [], []);
            if (!set.IsValid) throw new Pipeline.RuleSetInvalidException(set.Errors);
            var showCompliance = p.GetResult(compliance) is not null;
            var framework = p.GetValue(compliance);
            if (framework is not null && ComplianceFrameworks.Find(framework) is null)
                throw new CliError($"--compliance '{framework}' is not a known framework ({string.Join(", ", ComplianceFrameworks.All.Select(f => f.Id))})");
            var listed = set.Rules.Where(r => framework is null || r.Definition.Compliance.Any(c => Matches(c, framework))).ToList();
            if (p.GetValue(format) == "json") WriteJson(listed, framework);
            else
            {
                foreach (var r in listed)
                {
                    Console.Out.WriteLine($"{r.Id,-18} {r.Descriptor.Severity.ToString().ToLowerInvariant(),-9} {r.Definition.Resource,-38} {r.Definition.Title}");
                    if (!showCompliance) continue;
                    foreach (var c in r.Definition.Compliance.Where(c => framework is null || Matches(c, framework)))
                        Console.Out.WriteLine($"    {ComplianceFrameworks.Find(c.Framework)?.Requirement(c.Control) ?? c.Control,-32} {c.Reason}");
                }
                Console.Out.WriteLine(framework is null ? $"{listed.Count} rules" : $"{listed.Count} rules mapped to {ComplianceFrameworks.Find(framework)!.Name}");
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Validate()
    {
        var dir = new Argument<string?>("dir") { Description = "Rules folder (default: the bundled rules).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("validate", "Check rule files: fields, operators, arguments, regexes, paths against the inventory schema, unique ids.") { dir };
        command.SetAction(p => CommandRunner.Run(p, () =>
        {
            var set = Load(FoldersOrDefault(p.GetValue(dir)));
            foreach (var e in set.Errors) Console.Error.WriteLine("latticescan: error: " + e);
            Console.Out.WriteLine($"{set.RuleFiles.Count} rule file(s), {set.Rules.Count} valid, {set.Errors.Count} error(s)");
            return set.IsValid ? ExitCodes.Success : ExitCodes.InputError;
        }));
        return command;
    }

    private static Command Test()
    {
        var dir = new Argument<string?>("dir") { Description = "Rules folder (default: the bundled rules).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("test", "Run every rule's cases (must fire / must not fire) through the real collectors and report each.") { dir };
        command.SetAction(p => CommandRunner.Run(p, () =>
        {
            var set = Load(FoldersOrDefault(p.GetValue(dir)));
            var report = new RuleCaseRunner(live: new LiveCaseSupport(AwsCollectedKinds.All, new EmulatedLiveCaseCollector()) { RequireLiveCases = false }).Run(set);
            foreach (var e in report.Errors) Console.Error.WriteLine("latticescan: error: " + e);
            int cases = 0, failed = 0, live = 0, liveFailed = 0;
            foreach (var r in report.Rules)
            {
                var forms = string.Join(",", r.Forms.Select(f => f.ToString().ToLowerInvariant()));
                Console.Out.WriteLine($"{(r.Passed ? "PASS" : "FAIL")} {r.RuleId} ({r.Cases.Count} cases: {forms})");
                foreach (var problem in r.Problems) Console.Out.WriteLine($"     {problem}");
                foreach (var note in r.Notes) Console.Out.WriteLine($"     note: {note}");
                foreach (var c in r.Cases)
                {
                    cases++;
                    if (c.Form == CaseInputForm.Live) live++;
                    if (c.Passed) continue;
                    failed++;
                    if (c.Form == CaseInputForm.Live) liveFailed++;
                    Console.Out.WriteLine($"     FAIL {c.Name} [{c.Form.ToString().ToLowerInvariant()}]: {c.NotRun ?? c.Failure}");
                }
            }
            var rulesFailed = report.Rules.Count(r => !r.Passed);
            Console.Out.WriteLine($"rules: {report.Rules.Count - rulesFailed} passed, {rulesFailed} failed");
            Console.Out.WriteLine($"{cases - failed} passed, {failed} failed");
            if (live > 0) Console.Out.WriteLine($"live: {live - liveFailed} passed, {liveFailed} failed (AWS API responses served by the in-process AWS emulator, read by the live collector)");
            return report.Errors.Count > 0 ? ExitCodes.InputError : report.Passed ? ExitCodes.Success : ExitCodes.Findings;
        }));
        return command;
    }

    private static RuleSet Load(IEnumerable<string> folders) => new RuleLoader().LoadDirectories(folders);

    private static IEnumerable<string> FoldersOrDefault(string? dir) =>
        dir is not null ? [dir] : [BundledRules.Directory ?? throw new CliError("the bundled rules folder was not found; give a folder")];

    private static bool Matches(ComplianceControl c, string framework) => string.Equals(c.Framework, framework, StringComparison.OrdinalIgnoreCase);

    private static void WriteJson(IReadOnlyList<CompiledRule> rules, string? framework)
    {
        using var stdout = Console.OpenStandardOutput();
        using var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
        w.WriteStartArray();
        foreach (var r in rules)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("name", r.Definition.Name);
            w.WriteString("title", r.Definition.Title);
            w.WriteString("severity", r.Descriptor.Severity.ToString().ToLowerInvariant());
            w.WriteString("resource", r.Definition.Resource);
            w.WriteStartArray("tags");
            foreach (var t in r.Definition.Tags) w.WriteStringValue(t);
            w.WriteEndArray();
            w.WriteStartArray("compliance");
            foreach (var c in r.Definition.Compliance.Where(c => framework is null || Matches(c, framework)))
            {
                w.WriteStartObject();
                w.WriteString("framework", c.Framework);
                w.WriteString("control", c.Control);
                w.WriteString("reason", c.Reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteString("file", r.Definition.File);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
