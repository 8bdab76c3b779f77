using Scanner.Rules;
using Scanner.Rules.Precompiled;
using Scanner.Rules.Precompiler;

// Usage: Scanner.Rules.Precompiler RULES_DIR OUTPUT_FILE NAMESPACE CLASS
// Loads and validates every rule file below RULES_DIR exactly as a scan loads YAML rules (each named
// rules/<resource>/<slug>.yaml, as errors and reports name bundled rules), and writes their compiled form as the C#
// class NAMESPACE.CLASS to OUTPUT_FILE (rewritten only when it changes). A rule that does not load fails the build
// with file:line:col.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: Scanner.Rules.Precompiler RULES_DIR OUTPUT_FILE NAMESPACE CLASS");
    return 2;
}
var (rulesDir, output, ns, className) = (Path.GetFullPath(args[0]), args[1], args[2], args[3]);
var texts = RuleLoader.RuleFilesIn(rulesDir)
    .Select(file => new RuleText("rules/" + Path.GetRelativePath(rulesDir, file).Replace('\\', '/'), File.ReadAllText(file)))
    .OrderBy(t => t.DisplayPath, StringComparer.Ordinal)
    .ToList();
var set = new RuleLoader().Load([], texts);
if (!set.IsValid)
{
    // MSBuild's canonical error format, so the build names the rule file.
    foreach (var e in set.Errors)
        Console.Error.WriteLine($"{Path.Combine(Path.GetDirectoryName(rulesDir)!, e.File)}({e.Line},{e.Column}): error LSR0001: {e.Reason}");
    return 1;
}
var source = RuleFormSource.Write(PrecompiledRuleWriter.Write(set.Rules), ns, className);
if (!File.Exists(output) || File.ReadAllText(output) != source)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    File.WriteAllText(output, source);
}
Console.Out.WriteLine($"{set.Rules.Count} bundled rules precompiled into {output}");
return 0;
