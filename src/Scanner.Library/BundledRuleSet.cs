using Scanner.Rules;
using Scanner.Rules.Precompiled;

namespace Scanner.Library;

/// <summary>
/// The rules that ship with LatticeScan: the one place both the <c>latticescan</c> command and library hosts take them
/// from. <see cref="Rules"/> is the set compiled when this assembly was built (from the repository's <c>rules/</c> files,
/// which stay the source of truth) into its code, texts as string literals, so a scan pays neither YAML parsing nor rule
/// compilation nor decoding the rules' texts; <see cref="Texts"/> are the
/// rule files themselves. Each rule is named <c>rules/&lt;resource&gt;/&lt;slug&gt;.yaml</c> in errors and reports.
/// </summary>
public static class BundledRuleSet
{
    private const string Prefix = "latticescan/";

    private static readonly Lazy<IReadOnlyList<RuleText>> Loaded = new(Read);
    private static readonly Lazy<IReadOnlyList<CompiledRule>> Compiled =
        new(() => PrecompiledRuleReader.Read(BundledRuleForm.Structure, BundledRuleForm.String, BundledRuleForm.StringCount));

    /// <summary>The bundled rule files, in path order.</summary>
    public static IReadOnlyList<RuleText> Texts => Loaded.Value;

    /// <summary>The bundled rules, compiled at build time; the same rules loading <see cref="Texts"/> gives, in id order.</summary>
    public static IReadOnlyList<CompiledRule> Rules => Compiled.Value;

    /// <summary>The compiled form as built into this assembly (<c>BundledRuleForm</c>, see <see cref="PrecompiledRuleWriter"/>).</summary>
    internal static PrecompiledRuleForm CompiledForm() =>
        new(Enumerable.Range(0, BundledRuleForm.StringCount).Select(BundledRuleForm.String).ToArray(), BundledRuleForm.Structure.ToArray());

    private static IReadOnlyList<RuleText> Read()
    {
        var assembly = typeof(BundledRuleSet).Assembly;
        var texts = new List<RuleText>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix + "rules/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            texts.Add(new RuleText(name[Prefix.Length..].Replace('\\', '/'), reader.ReadToEnd()));
        }
        return texts;
    }
}
