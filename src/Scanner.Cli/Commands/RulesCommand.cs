using System.CommandLine;
using System.Text.Json;
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
        var command = new Command("list", "List the rules: id, severity, resource kind, title.") { rules, noBundled, format };
        command.SetAction(p => CommandRunner.Run(p, () =>
        {
            var set = Load(Folders(p.GetValue(rules), p.GetValue(noBundled)));
            if (!set.IsValid) throw new Pipeline.RuleSetInvalidException(set.Errors);
            if (p.GetValue(format) == "json") WriteJson(set);
            else
            {
                foreach (var r in set.Rules)
                    Console.Out.WriteLine($"{r.Id,-18} {r.Descriptor.Severity.ToString().ToLowerInvariant(),-9} {r.Definition.Resource,-38} {r.Definition.Title}");
                Console.Out.WriteLine($"{set.Rules.Count} rules");
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
            var report = new RuleCaseRunner().Run(set);
            foreach (var e in report.Errors) Console.Error.WriteLine("latticescan: error: " + e);
            int cases = 0, failed = 0;
            foreach (var r in report.Rules)
            {
                var forms = string.Join(",", r.Forms.Select(f => f.ToString().ToLowerInvariant()));
                Console.Out.WriteLine($"{(r.Passed ? "PASS" : "FAIL")} {r.RuleId} ({r.Cases.Count} cases: {forms})");
                foreach (var problem in r.Problems) Console.Out.WriteLine($"     {problem}");
                foreach (var c in r.Cases)
                {
                    cases++;
                    if (c.Passed) continue;
                    failed++;
                    Console.Out.WriteLine($"     FAIL {c.Name} [{c.Form.ToString().ToLowerInvariant()}]: {c.Failure}");
                }
            }
            var rulesFailed = report.Rules.Count(r => !r.Passed);
            Console.Out.WriteLine($"rules: {report.Rules.Count - rulesFailed} passed, {rulesFailed} failed");
            Console.Out.WriteLine($"{cases - failed} passed, {failed} failed");
            return report.Errors.Count > 0 ? ExitCodes.InputError : report.Passed ? ExitCodes.Success : ExitCodes.Findings;
        }));
        return command;
    }

    private static RuleSet Load(IEnumerable<string> folders) => new RuleLoader().LoadDirectories(folders);

    private static IEnumerable<string> FoldersOrDefault(string? dir) =>
        dir is not null ? [dir] : [BundledRules.Directory ?? throw new CliError("the bundled rules folder was not found; give a folder")];

    private static IEnumerable<string> Folders(string[]? extra, bool noBundled)
    {
        var list = new List<string>();
        if (!noBundled) list.Add(BundledRules.Directory ?? throw new CliError("the bundled rules folder was not found; give --rules DIR"));
        list.AddRange(extra ?? []);
        return list;
    }

    private static void WriteJson(RuleSet set)
    {
        using var stdout = Console.OpenStandardOutput();
        using var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
        w.WriteStartArray();
        foreach (var r in set.Rules)
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
            w.WriteString("file", r.Definition.File);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
