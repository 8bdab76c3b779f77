using Scanner.Rules;
using Scanner.Rules.Precompiled;

namespace Scanner.Library;

/// <summary>
/// The rules that ship with LatticeScan: the one place both the <c>latticescan</c> command and library hosts take them
/// from. <see cref="Rules"/> is the set compiled when this assembly was built (from the repository's <c>rules/</c> files,
/// which stay the source of truth), so a scan pays neither YAML parsing nor rule compilation; <see cref="Texts"/> are the
/// rule files themselves. Each rule is named <c>rules/&lt;resource&gt;/&lt;slug&gt;.yaml</c> in errors and reports.
/// </summary>
public static class BundledRuleSet
{
    private const string Prefix = "latticescan/";
    private const string CompiledResource = Prefix + "bundled-rules.bin";

    private static readonly Lazy<IReadOnlyList<RuleText>> Loaded = new(Read);
    private static readonly Lazy<IReadOnlyList<CompiledRule>> Compiled = new(() => PrecompiledRuleReader.Read(CompiledForm()));

    /// <summary>The bundled rule files, in path order.</summary>
    public static IReadOnlyList<RuleText> Texts => Loaded.Value;

    /// <summary>The bundled rules, compiled at build time; the same rules loading <see cref="Texts"/> gives, in id order.</summary>
    public static IReadOnlyList<CompiledRule> Rules => Compiled.Value;

    /// <summary>The compiled form as embedded (see <see cref="PrecompiledRuleWriter"/>).</summary>
    private static byte[] CompiledForm()
    {
        using var stream = typeof(BundledRuleSet).Assembly.GetManifestResourceStream(CompiledResource)
            ?? throw new InvalidOperationException($"the bundled rules ({CompiledResource}) are not embedded in this build");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

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
