using System.Text;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Core.Schema;
using Scanner.Rules.Conditions;
using Scanner.Rules.Definitions;
using Scanner.Rules.Evaluation;
using Scanner.Rules.Operators;
using Scanner.Rules.Paths;

namespace Scanner.Rules.Precompiled;

/// <summary>
/// Restores the rules <see cref="PrecompiledRuleWriter"/> wrote. Nothing is parsed or validated again: the rules were
/// checked completely when the form was built, so a restore costs about what allocating the rule objects costs, and
/// texts are taken as they are from the string table (no text is decoded or copied). Regular expressions are built on
/// first use (see <see cref="RuleOperator"/>). A form from another layout version is refused.
/// </summary>
public static class PrecompiledRuleReader
{
    /// <param name="baseDirectory">When given, each rule's file (stored relative, e.g. <c>rules/gateway/x.yaml</c>) is resolved against it.</param>
    public static IReadOnlyList<CompiledRule> Read(PrecompiledRuleForm form, string? baseDirectory = null, InventorySchema? schema = null) =>
        Read(form.Structure, index => form.Strings[index], form.Strings.Count, baseDirectory, schema);

    /// <summary>Restores a form whose string table is given as a lookup (a build's compiled-in literals).</summary>
    /// <param name="structure">The form's <see cref="PrecompiledRuleForm.Structure"/>.</param>
    /// <param name="strings">The text at each index of the form's <see cref="PrecompiledRuleForm.Strings"/>.</param>
    /// <param name="stringCount">How many texts the table holds.</param>
    /// <param name="baseDirectory">When given, each rule's file (stored relative, e.g. <c>rules/gateway/x.yaml</c>) is resolved against it.</param>
    public static IReadOnlyList<CompiledRule> Read(byte[] structure, Func<int, string> strings, int stringCount, string? baseDirectory = null, InventorySchema? schema = null)
    {
        using var r = new Input(structure, strings, stringCount);
        if (stringCount == 0 || r.ReadString() != PrecompiledRuleWriter.Magic)
            throw new InvalidDataException("precompiled rules: not a rule set of this version (rebuild it from the rule files)");
        var count = r.ReadInt32();
        var rules = new List<CompiledRule>(count);
        for (var i = 0; i < count; i++) rules.Add(ReadRule(r, baseDirectory, schema ?? InventorySchema.Default));
        return rules;
    }

    private static CompiledRule ReadRule(BinaryReader r, string? baseDirectory, InventorySchema schema)
    {
        var definition = ReadDefinition(r, baseDirectory);
        var helpMarkdown = r.ReadString();
        var (description, severityRationale, remediation) = (r.ReadString(), r.ReadString(), r.ReadString());
        var condition = ReadCondition(r);
        var reads = new HashSet<(string, string)>();
        var readCount = r.ReadInt32();
        for (var i = 0; i < readCount; i++) reads.Add((r.ReadString(), r.ReadString()));
        var needsOrganization = r.ReadBoolean();
        // The message was checked when the form was built; it is compiled when the rule's first finding needs it (most
        // rules of a scan find nothing).
        var message = new Lazy<MessageTemplate>(() =>
        {
            var (compiled, error) = MessageTemplate.Compile(definition.Message, schema, definition.Resource);
            return compiled ?? throw new InvalidDataException($"precompiled rules: {definition.Id}: {error}");
        });
        return new CompiledRule(definition, RuleLoader.Describe(definition, helpMarkdown, description, severityRationale, remediation), condition, message, reads) { NeedsOrganization = needsOrganization };
    }

    private static RuleDefinition ReadDefinition(BinaryReader r, string? baseDirectory)
    {
        var file = r.ReadString();
        return new RuleDefinition
        {
            File = baseDirectory is null ? file : Path.Combine(baseDirectory, file),
            Line = r.ReadInt32(),
            Id = r.ReadString(),
            Name = r.ReadString(),
            Title = r.ReadString(),
            Severity = (Severity)r.ReadInt32(),
            SecuritySeverity = r.ReadBoolean() ? r.ReadDouble() : null,
            SeverityRationale = r.ReadString(),
            Precision = r.ReadString(),
            Description = r.ReadString(),
            Remediation = new RemediationDefinition(r.ReadString(), Optional(r), Optional(r), Optional(r)),
            Help = Optional(r),
            HelpUri = Optional(r),
            References = Strings(r),
            Tags = Strings(r),
            Compliance = Compliance(r),
            Resource = r.ReadString(),
            Unknown = (UnknownPolicy)r.ReadByte(),
            Owners = (OwnerScope)r.ReadByte(),
            Message = r.ReadString(),
            Deprecated = r.ReadBoolean(),
        };
    }

    private static List<ComplianceControl> Compliance(BinaryReader r)
    {
        var count = r.ReadInt32();
        var list = new List<ComplianceControl>(count);
        for (var i = 0; i < count; i++) list.Add(new ComplianceControl(r.ReadString(), r.ReadString(), r.ReadString()));
        return list;
    }

    private static Condition ReadCondition(BinaryReader r)
    {
        var tag = (ConditionTag)r.ReadByte();
        switch (tag)
        {
            case ConditionTag.All: return new AllCondition(ReadConditions(r));
            case ConditionTag.Any: return new AnyCondition(ReadConditions(r));
            case ConditionTag.Not:
                var description = r.ReadString();
                return new NotCondition(ReadCondition(r), description);
            case ConditionTag.Quantifier:
                var quantifier = (Quantifier)r.ReadByte();
                var path = ReadPath(r);
                return new QuantifierCondition(quantifier, path, ReadCondition(r));
            case ConditionTag.Leaf:
                var leafPath = ReadPath(r);
                var name = r.ReadString();
                var op = OperatorRegistry.BuiltIn.Find(name) ?? throw new InvalidDataException($"precompiled rules: unknown operator '{name}'");
                return new LeafCondition(leafPath, op, op.Restore(ReadValue(r)));
            default:
                throw new InvalidDataException($"precompiled rules: unknown condition tag {(byte)tag}");
        }
    }

    private static List<Condition> ReadConditions(BinaryReader r)
    {
        var count = r.ReadInt32();
        var list = new List<Condition>(count);
        for (var i = 0; i < count; i++) list.Add(ReadCondition(r));
        return list;
    }

    private static PropertyPath ReadPath(BinaryReader r) => new(r.ReadString(), Strings(r), r.ReadBoolean());

    private static Value ReadValue(BinaryReader r)
    {
        var kind = (ValueKind)r.ReadByte();
        switch (kind)
        {
            case ValueKind.Null: return Value.Null;
            case ValueKind.Unknown: return Value.Unknown;
            case ValueKind.Boolean: return Value.From(r.ReadBoolean());
            case ValueKind.Number: return Value.From(r.ReadDouble());
            case ValueKind.String: return Value.From(r.ReadString());
            case ValueKind.List:
                var count = r.ReadInt32();
                var items = new Value[count];
                for (var i = 0; i < count; i++) items[i] = ReadValue(r);
                return Value.List(items);
            case ValueKind.Map:
                var entries = r.ReadInt32();
                var pairs = new List<KeyValuePair<string, Value>>(entries);
                for (var i = 0; i < entries; i++) pairs.Add(new(r.ReadString(), ReadValue(r)));
                return Value.Map(pairs);
            default:
                throw new InvalidDataException($"precompiled rules: unknown value kind {(byte)kind}");
        }
    }

    private static string[] Strings(BinaryReader r)
    {
        var count = r.ReadInt32();
        var items = new string[count];
        for (var i = 0; i < count; i++) items[i] = r.ReadString();
        return items;
    }

    private static string? Optional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    /// <summary>The structure's reader: a text is its index in the string table.</summary>
    private sealed class Input(byte[] structure, Func<int, string> strings, int stringCount)
        : BinaryReader(new MemoryStream(structure, writable: false), Encoding.UTF8)
    {
        public override string ReadString()
        {
            var index = Read7BitEncodedInt();
            if ((uint)index >= (uint)stringCount) throw new InvalidDataException($"precompiled rules: text {index} is not in the string table");
            return strings(index);
        }
    }
}
