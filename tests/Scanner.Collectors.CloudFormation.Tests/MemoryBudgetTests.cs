using System.Text;
using Scanner.Core.Collection;

namespace Scanner.Collectors.CloudFormation.Tests;

/// <summary>
/// The template's memory budget (<see cref="CloudFormationOptions.MaxHeldBytes"/>, by default twice its size plus
/// 32 MiB): what the parsed definitions and the inventory hold is estimated as they are made, and a template that
/// would hold more is refused while it is read, in YAML and JSON alike.
/// </summary>
public sealed class MemoryBudgetTests
{
    private static string Gateways(int count, bool json)
    {
        var text = new StringBuilder(json ? "{\"Resources\": {" : "Resources:\n");
        for (var i = 0; i < count; i++)
            text.Append(json
                ? $"{(i == 0 ? "" : ",")}\"Gateway{i}\": {{\"Type\": \"AWS::VpcLattice::ResourceGateway\", \"Properties\": {{\"Name\": \"gw{i}\", \"VpcIdentifier\": \"vpc-1\"}}}}"
                : $"  Gateway{i}:\n    Type: AWS::VpcLattice::ResourceGateway\n    Properties: {{Name: gw{i}, VpcIdentifier: vpc-1}}\n");
        return text.Append(json ? "}}" : "").ToString();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ManyTinyResources_PastTheBudget_AreRefusedWhileTheTemplateIsRead(bool json)
    {
        var text = Gateways(3000, json);
        // 3,000 gateways hold some 1.5 MB as definitions and as resources: a 300 kB budget is spent before mapping ends.
        var e = Cfn.Fails(text, new CloudFormationOptions { MaxHeldBytes = 300_000 });
        Assert.StartsWith("t.yaml: reading it would take more than 0.3 MiB of memory", e.Message);
        Assert.Equal(0, e.Line);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ManyTinyResources_WithinTheDefaultBudget_AreAllRead(bool json)
    {
        var result = Cfn.Collect(Gateways(3000, json));
        Assert.Equal(3000, result.Resources.Count);
    }

    [Fact]
    public void ParsedDefinitions_CountBeforeAnyResourceIsBuilt()
    {
        // Resources of a type the scan does not read build nothing; their outlines still count while they are held,
        // so a budget too small for the outlines stops the reading itself.
        var text = new StringBuilder("Resources:\n");
        for (var i = 0; i < 3000; i++) text.Append($"  Bucket{i}:\n    Type: AWS::S3::Bucket\n    Properties: {{BucketName: b{i}}}\n");
        var e = Cfn.Fails(text.ToString(), new CloudFormationOptions { MaxHeldBytes = 200_000 });
        Assert.Contains("reading it would take more than", e.Message);
        Assert.Empty(Cfn.Collect(text.ToString()).Resources);
    }

    [Fact]
    public void NegativeBudget_IsRefusedAsAnOption()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CloudFormationCollector(new CloudFormationOptions { MaxHeldBytes = -1 }));
    }

    [Fact]
    public void DefinitionsALoopMakes_CountAsTheOnesRead()
    {
        // One short loop makes 2,000 gateways: the definitions it made are held like the ones read, so a budget the
        // template's text alone fits in is still spent.
        var names = string.Join(", ", Enumerable.Range(0, 2000).Select(i => $"G{i}"));
        var text = "Transform: AWS::LanguageExtensions\nResources:\n  'Fn::ForEach::Gateways':\n    - Name\n    - [" + names + "]\n" +
                   "    - 'Gateway${Name}':\n        Type: AWS::VpcLattice::ResourceGateway\n        Properties: {Name: !Ref Name, VpcIdentifier: vpc-1}\n";
        Assert.Equal(2000, Cfn.Collect(text).Resources.Count);
        var e = Cfn.Fails(text, new CloudFormationOptions { MaxHeldBytes = 400_000 });
        Assert.Contains("reading it would take more than", e.Message);
    }
}
