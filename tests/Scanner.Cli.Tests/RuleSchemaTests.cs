using System.Globalization;
using System.Text.Json.Nodes;
using Scanner.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Scanner.Cli.Tests;

/// <summary>
/// rules/rule.schema.json (generated from the loader) is what editors check rule files with: every bundled rule must
/// pass it, read as a YAML 1.2 editor reads it (plain scalars that look like numbers, booleans or null are typed).
/// </summary>
public class RuleSchemaTests
{
    private static readonly Lazy<NJsonSchema.JsonSchema> Schema =
        new(() => NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Rules, "rule.schema.json")).GetAwaiter().GetResult());

    public static TheoryData<string> BundledRuleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in RuleLoader.RuleFilesIn(RepoPaths.Rules).Order(StringComparer.Ordinal)) data.Add(Path.GetRelativePath(RepoPaths.Root, f));
        return data;
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode m => new JsonObject(m.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode s => new JsonArray(s.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain } p => Plain(p.Value ?? ""),
        YamlScalarNode q => JsonValue.Create(q.Value),
        _ => throw new InvalidOperationException("unexpected YAML node " + node.NodeType),
    };

    private static JsonNode? Plain(string text) => text switch
    {
        "" or "null" or "~" => null,
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        _ => JsonValue.Create(text),
    };

    private static ICollection<NJsonSchema.Validation.ValidationError> Validate(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Schema.Value.Validate(ToJson(stream.Documents[0].RootNode)!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(BundledRuleFiles))]
    public void BundledRule_PassesTheGeneratedRuleSchema(string file)
    {
        var errors = Validate(File.ReadAllText(Path.Combine(RepoPaths.Root, file)));
        Assert.True(errors.Count == 0, file + ":\n" + string.Join("\n", errors.Select(e => e.ToString())));
    }

    [Fact]
    public void RuleWithUnknownFieldOrOperator_FailsTheGeneratedRuleSchema()
    {
        var rule = File.ReadAllText(Path.Combine(RepoPaths.Rules, "gateway", "gateway-default-or-no-security-group.yaml"));
        Assert.NotEmpty(Validate(rule + "\nnot_a_field: 1\n"));
        Assert.NotEmpty(Validate(rule.Replace("resource: resource_gateway", "resource: no_such_kind", StringComparison.Ordinal)));
    }
}
