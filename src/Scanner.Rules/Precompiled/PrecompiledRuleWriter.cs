using System.Text;
using Scanner.Core.Inventory;
using Scanner.Rules.Conditions;
using Scanner.Rules.Definitions;
using Scanner.Rules.Paths;

namespace Scanner.Rules.Precompiled;

/// <summary>
/// Writes compiled rules in a compact form that <see cref="PrecompiledRuleReader"/> turns back into the same
/// <see cref="CompiledRule"/>s without YAML parsing, schema checks or argument validation. The build writes the
/// bundled rules this way (the YAML files stay the source of truth); the form is an internal detail of one build,
/// with a version mark so a stale form is refused rather than misread.
/// </summary>
/// <remarks>
/// Everything a compiled rule holds is written: its definition's fields, its help text and report texts, the compiled
/// condition tree (paths as checked segments, operators by name, arguments as values), what it reads and whether it
/// needs the organization. Texts go to <see cref="PrecompiledRuleForm.Strings"/> once each, and the structure refers
/// to them by index. Two rule sets that write the same form are the same rules.
/// </remarks>
public static class PrecompiledRuleWriter
{
    /// <summary>First bytes of the form; changed whenever the layout changes.</summary>
    internal const string Magic = "LATTICESCAN-RULES-3";

    public static PrecompiledRuleForm Write(IEnumerable<CompiledRule> rules)
    {
        using var stream = new MemoryStream();
        var strings = new List<string>();
        using (var w = new Output(stream, strings))
        {
            var list = rules.ToList();
            w.Write(Magic);
            w.Write(list.Count);
            foreach (var rule in list) WriteRule(w, rule);
        }
        return new PrecompiledRuleForm(strings, stream.ToArray());
    }

    private static void WriteRule(BinaryWriter w, CompiledRule rule)
    {
        WriteDefinition(w, rule.Definition);
        w.Write(rule.Descriptor.HelpMarkdown);
        // The report's texts as the descriptor holds them (trimmed), so a restore does not make trimmed copies.
        w.Write(rule.Descriptor.Description);
        w.Write(rule.Descriptor.SeverityRationale);
        w.Write(rule.Descriptor.Remediation);
        WriteCondition(w, rule.Condition);
        var reads = rule.Reads.OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Property, StringComparer.Ordinal).ToList();
        w.Write(reads.Count);
        foreach (var (kind, property) in reads)
        {
            w.Write(kind);
            w.Write(property);
        }
        w.Write(rule.NeedsOrganization);
    }

    private static void WriteDefinition(BinaryWriter w, RuleDefinition d)
    {
        w.Write(d.File);
        w.Write(d.Line);
        w.Write(d.Id);
        w.Write(d.Name);
        w.Write(d.Title);
        w.Write((int)d.Severity);
        WriteOptional(w, d.SecuritySeverity);
        w.Write(d.SeverityRationale);
        w.Write(d.Precision);
        w.Write(d.Description);
        w.Write(d.Remediation.Summary);
        WriteOptional(w, d.Remediation.Terraform);
        WriteOptional(w, d.Remediation.CloudFormation);
        WriteOptional(w, d.Remediation.Cli);
        WriteOptional(w, d.Help);
        WriteOptional(w, d.HelpUri);
        WriteStrings(w, d.References);
        WriteStrings(w, d.Tags);
        w.Write(d.Compliance.Count);
        foreach (var c in d.Compliance)
        {
            w.Write(c.Framework);
            w.Write(c.Control);
            w.Write(c.Reason);
        }
        w.Write(d.Resource);
        w.Write((byte)d.Unknown);
        w.Write((byte)d.Owners);
        w.Write(d.Message);
        w.Write(d.Deprecated);
    }

    private static void WriteCondition(BinaryWriter w, Condition condition)
    {
        switch (condition)
        {
            case AllCondition all:
                w.Write((byte)ConditionTag.All);
                WriteConditions(w, all.Children);
                break;
            case AnyCondition any:
                w.Write((byte)ConditionTag.Any);
                WriteConditions(w, any.Children);
                break;
            case NotCondition not:
                w.Write((byte)ConditionTag.Not);
                w.Write(not.Description);
                WriteCondition(w, not.Child);
                break;
            case QuantifierCondition q:
                w.Write((byte)ConditionTag.Quantifier);
                w.Write((byte)q.Quantifier);
                WritePath(w, q.Path);
                WriteCondition(w, q.Where);
                break;
            case LeafCondition leaf:
                w.Write((byte)ConditionTag.Leaf);
                WritePath(w, leaf.Path);
                w.Write(leaf.Operator.Name);
                WriteValue(w, leaf.Argument.Raw);
                break;
            default:
                throw new InvalidOperationException($"precompiled rules: no form for condition {condition.GetType().Name}");
        }
    }

    private static void WriteConditions(BinaryWriter w, IReadOnlyList<Condition> conditions)
    {
        w.Write(conditions.Count);
        foreach (var c in conditions) WriteCondition(w, c);
    }

    private static void WritePath(BinaryWriter w, PropertyPath path)
    {
        w.Write(path.Text);
        WriteStrings(w, path.Segments);
        w.Write(path.FromSubject);
    }

    private static void WriteValue(BinaryWriter w, Value v)
    {
        w.Write((byte)v.Kind);
        switch (v.Kind)
        {
            case ValueKind.String: w.Write(v.AsString); break;
            case ValueKind.Number: w.Write(v.AsNumber); break;
            case ValueKind.Boolean: w.Write(v.AsBoolean); break;
            case ValueKind.List:
                w.Write(v.Items.Count);
                foreach (var item in v.Items) WriteValue(w, item);
                break;
            case ValueKind.Map:
                w.Write(v.Entries.Count);
                foreach (var (key, value) in v.Entries)
                {
                    w.Write(key);
                    WriteValue(w, value);
                }
                break;
        }
    }

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> items)
    {
        w.Write(items.Count);
        foreach (var s in items) w.Write(s);
    }

    private static void WriteOptional(BinaryWriter w, string? s)
    {
        w.Write(s is not null);
        if (s is not null) w.Write(s);
    }

    private static void WriteOptional(BinaryWriter w, double? d)
    {
        w.Write(d.HasValue);
        if (d.HasValue) w.Write(d.Value);
    }

    /// <summary>The structure's writer: a text is written as its index in the string table, each distinct text once.</summary>
    private sealed class Output(Stream stream, List<string> strings) : BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

        public override void Write(string value)
        {
            if (!_indexes.TryGetValue(value, out var index))
            {
                index = strings.Count;
                strings.Add(value);
                _indexes.Add(value, index);
            }
            Write7BitEncodedInt(index);
        }
    }
}
