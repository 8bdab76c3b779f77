namespace Scanner.Rules.Precompiled;

/// <summary>
/// Compiled rules as <see cref="PrecompiledRuleWriter"/> writes them: every text once in <see cref="Strings"/>, and the
/// rules' structure (fields, condition trees, numbers) in <see cref="Structure"/>, which refers to the texts by index.
/// The two are apart so a build can compile the texts into its binary as string literals: restoring the rules then
/// decodes and allocates no text at all (the bundled rules' help and descriptions are most of their size).
/// </summary>
public sealed class PrecompiledRuleForm(IReadOnlyList<string> strings, byte[] structure)
{
    /// <summary>The distinct texts, in the order the structure first uses them; the first is the form's version mark.</summary>
    public IReadOnlyList<string> Strings { get; } = strings;

    /// <summary>The rules with every text replaced by its index in <see cref="Strings"/>.</summary>
    public byte[] Structure { get; } = structure;

    /// <summary>Whether both forms hold the same texts and the same structure (then they are the same rules).</summary>
    public bool SameAs(PrecompiledRuleForm other) =>
        Strings.SequenceEqual(other.Strings, StringComparer.Ordinal) && Structure.AsSpan().SequenceEqual(other.Structure);
}
