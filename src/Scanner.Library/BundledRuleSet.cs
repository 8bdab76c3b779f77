using System.Reflection;
using Scanner.Rules;

namespace Scanner.Library;

/// <summary>
/// The rules that ship with LatticeScan, embedded in this assembly from the repository's <c>rules/</c> folder
/// (rule files only, not their cases). Each is named <c>rules/&lt;resource&gt;/&lt;slug&gt;.yaml</c> in errors and reports.
/// </summary>
public static class BundledRuleSet
{
    private const string Prefix = "latticescan/";

    private static readonly Lazy<IReadOnlyList<RuleText>> Loaded = new(Read);

    /// <summary>The bundled rule files, in path order.</summary>
    public static IReadOnlyList<RuleText> Texts => Loaded.Value;

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
