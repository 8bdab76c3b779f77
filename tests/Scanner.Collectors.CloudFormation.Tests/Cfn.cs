using Scanner.Core.Collection;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Tests;

/// <summary>Test helpers: collect a template from text and pick resources and properties out of the result.</summary>
internal static class Cfn
{
    public const string File = "t.yaml";

    public static CollectionResult Collect(string text, CloudFormationOptions? options = null, string file = File) =>
        new CloudFormationCollector(options).CollectFromText(text, file);

    public static CollectionResult WithParameters(string text, params (string Name, string Value)[] parameters) =>
        Collect(text, new CloudFormationOptions { Parameters = parameters.ToDictionary(p => p.Name, p => p.Value) });

    public static Resource Single(this CollectionResult result, string logicalId) =>
        Assert.Single(result.Resources, r => r.Address == logicalId);

    /// <summary>A property as a rule path reads it: identity from the resource's fields, the rest from the property map.</summary>
    public static Value Prop(this Resource r, string name) =>
        Identity(r, name) ?? r.Properties.Get(name) ?? throw new Xunit.Sdk.XunitException($"{r.Address} has no property '{name}'; it has {string.Join(", ", r.Properties.Entries.Keys)}");

    private static Value? Identity(Resource r, string name) => name switch
    {
        "name" => r.Name is null ? null : Value.From(r.Name),
        "id" => r.Id is null ? null : Value.From(r.Id),
        "accountId" => r.AccountId is null ? null : Value.From(r.AccountId),
        "region" => r.Region is null ? null : Value.From(r.Region),
        _ => null,
    };

    public static string Str(this Resource r, string name) => r.Prop(name).AsString;

    public static IReadOnlyList<string> Targets(this Resource r, string relation) =>
        r.References.Where(x => x.Relation == relation).Select(x => x.Target!).ToList();

    public static InputException Fails(string text, CloudFormationOptions? options = null, string file = File) =>
        Assert.Throws<InputException>(() => Collect(text, options, file));

    /// <summary>Wraps resource YAML (indented by two spaces per level below Resources) into a template.</summary>
    public static string Template(string resources, string extra = "") =>
        "AWSTemplateFormatVersion: '2010-09-09'\n" + extra + "Resources:\n" + resources;
}
