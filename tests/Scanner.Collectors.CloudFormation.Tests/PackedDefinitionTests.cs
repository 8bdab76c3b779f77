using System.Text;
using Scanner.Collectors.CloudFormation.Parsing;
using Scanner.Core.Collection;
using YamlDotNet.RepresentationModel;

namespace Scanner.Collectors.CloudFormation.Tests;

/// <summary>
/// The readers pack each read definition once checked and the collector unpacks it when it maps it. Whatever the
/// template, that must give exactly what keeping every definition's nodes gives: resources, properties, locations,
/// references, suppressions, diagnostics and errors.
/// </summary>
public sealed class PackedDefinitionTests
{
    private const string Gateway = "Type: AWS::VpcLattice::ResourceGateway";

    /// <summary>Templates that test where a body's text starts and ends, and what it may hold.</summary>
    public static TheoryData<string, string, bool> Crafted() => new()
    {
        { "block, comments and blank lines between definitions", Cfn.Template(
            "  # a comment\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n      VpcId: vpc-1\n      SecurityGroupIngress:\n        - {IpProtocol: tcp, FromPort: 5432, ToPort: 5432, CidrIp: 0.0.0.0/0}\n\n# at column one\n\n" +
            "  Gw:\n    " + Gateway + "\n    Properties:\n      Name: gw\n      VpcIdentifier: vpc-1\n      SubnetIds: [subnet-1]\n      SecurityGroupIds: [!GetAtt Sg.GroupId]\n"), true },
        { "flow definitions in a block Resources", Cfn.Template(
            "  Sg: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: g, SecurityGroupIngress: [{IpProtocol: '-1', CidrIp: 0.0.0.0/0}]}}\n" +
            "  Gw: {" + Gateway + ", Properties: {Name: gw, SecurityGroupIds: [!Ref Sg]}}\n"), true },
        { "Resources as one flow mapping over several lines", "Resources: {Sg: {Type: AWS::EC2::SecurityGroup,\n    Properties: {GroupDescription: g}},\n  Gw: {" + Gateway + ",\n      Properties: {Name: gw,\n        SecurityGroupIds: [!Ref Sg]}}}\n", true },
        { "text outside ASCII before and inside bodies", "Description: 'Ünïcode 😀 before the resources'\n" + Cfn.Template(
            "  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: \"grüße 😀 — δ\"\n      Tags: [{Key: Name, Value: \"名前 😀\"}]\n  Gw:\n    " + Gateway + "\n    Properties:\n      Name: \"ゲートウェイ\"\n      SecurityGroupIds: [!Ref Sg]\n"), true },
        { "CRLF line ends", Cfn.Template("  Gw:\n    " + Gateway + "\n    Properties:\n      Name: gw\n      SecurityGroupIds: []\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties: {GroupDescription: g}\n").Replace("\n", "\r\n"), true },
        { "block scalars, folded and quoted multi-line text", Cfn.Template(
            "  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: |2\n          indented by an indicator\n        second line\n      Tags:\n        - Key: Note\n          Value: >-\n            folded\n            text\n        - Key: Quoted\n          Value: \"first\n            second\"\n  Gw:\n    " + Gateway + "\n    Properties:\n      Name: 'gw\n        name'\n      SecurityGroupIds: [!Ref Sg]\n"), true },
        { "last definition at the end of the text, no line end", Cfn.Template("  Gw:\n    " + Gateway + "\n    Properties:\n      Name: gw\n      SecurityGroupIds: [sg-1]"), true },
        { "document markers and sections after Resources", "---\n" + Cfn.Template("  Gw:\n    " + Gateway + "\n    Condition: IsProd\n    Properties:\n      Name: !If [IsProd, prod-gw, dev-gw]\n      SecurityGroupIds: [sg-1]\n    Metadata:\n      latticescan:\n        suppress:\n          LATTICE-GW-002: accepted\n",
            "Parameters:\n  Env: {Type: String, Default: prod}\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\n") + "Outputs:\n  GwId: {Value: !Ref Gw}\n...\n", true },
        { "a false condition, unknown properties and attached rules", Cfn.Template(
            "  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupName: db-sg\n      GroupDescription: g\n      Colour: blue\n" +
            "  In:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties: {GroupName: db-sg, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}\n" +
            "  Out:\n    Type: AWS::EC2::SecurityGroupEgress\n    Properties: {GroupId: !GetAtt Sg.GroupId, IpProtocol: '-1', CidrIp: 0.0.0.0/0, Misspelt: x}\n" +
            "  Lost:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties: {IpProtocol: tcp, CidrIp: 0.0.0.0/0}\n" +
            "  Outside:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties: {GroupId: sg-0123456789abcdef0, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8}\n" +
            "  Never:\n    " + Gateway + "\n    Condition: No\n    Properties: {Name: never, SecurityGroupIdz: []}\n" +
            "  Gw:\n    " + Gateway + "\n    Properties: {Name: gw, SecurityGroupIdz: [!Ref Sg]}\n",
            "Conditions:\n  No: !Equals [a, b]\n"), true },
        { "a key named Resources inside a body", Cfn.Template("  Share:\n    Type: AWS::RAM::ResourceShare\n    Properties:\n      Name: s\n      Resources:\n        Inner: {Type: AWS::VpcLattice::ResourceGateway}\n      ResourceArns: [!Ref Gw]\n  Gw:\n    " + Gateway + "\n    Properties: {Name: gw}\n"), true },
        { "an alias from outside into a body", "Mappings:\n  Shared: &ports {Ports: ['5432']}\n" + Cfn.Template(
            "  Gw:\n    " + Gateway + "\n    Properties: {Name: gw}\n  Config:\n    Type: AWS::VpcLattice::ResourceConfiguration\n    Properties:\n      Name: c\n      ResourceGatewayId: !Ref Gw\n      PortRanges: !FindInMap [Shared, Ports, x]\n      Tags: *ports\n"), true },
        { "an anchor inside a body named by a later one", Cfn.Template(
            "  Gw:\n    " + Gateway + "\n    Properties: &props {Name: gw, SecurityGroupIds: [sg-1]}\n  Gw2:\n    " + Gateway + "\n    Properties: *props\n"), true },
        { "an anchored definition named again (kept as nodes)", Cfn.Template(
            "  Gw: &gw\n    " + Gateway + "\n    Properties: {Name: gw}\n  Gw2: *gw\n"), false },
        { "a %TAG directive", "%TAG !e! tag:yaml.org,2002:\n---\n" + Cfn.Template("  Gw:\n    " + Gateway + "\n    Properties: {Name: !e!str gw}\n"), true },
        { "JSON", "{\"Resources\": {\"Sg\": {\"Type\": \"AWS::EC2::SecurityGroup\", \"Properties\": {\"GroupDescription\": \"grüße 😀\", \"SecurityGroupIngress\": [{\"IpProtocol\": \"tcp\", \"FromPort\": 5432, \"ToPort\": 5432, \"CidrIp\": \"0.0.0.0/0\"}]}},\n" +
            "  \"Gw\": {\"Type\": \"AWS::VpcLattice::ResourceGateway\", \"Properties\": {\"Name\": \"gw\", \"SecurityGroupIds\": [{\"Fn::GetAtt\": [\"Sg\", \"GroupId\"]}], \"Extra\": null, \"Flag\": true}}}}", true },
        { "a loop beside plain definitions", Cfn.Template(
            "  Fn::ForEach::Gws:\n    - Name\n    - [a, b]\n    - 'Gw${Name}':\n        " + Gateway + "\n        Properties: {Name: !Sub 'gw-${Name}'}\n  Plain:\n    " + Gateway + "\n    Properties: {Name: plain}\n",
            "Transform: AWS::LanguageExtensions\n"), true },
        { "a body nested to the depth limit", Cfn.Template("  Gw:\n    " + Gateway + "\n    Properties:\n      Tags: [{Key: a, Value: b}]\n"), true },
    };

    [Theory]
    [MemberData(nameof(Crafted))]
    public void CraftedTemplates_Packed_GiveWhatKeepingEveryDefinitionGives(string name, string template, bool packs)
    {
        Assert.NotEmpty(name);
        Assert.Equal(packs, Packs(template));
        AssertSameEverywhere(template, new CloudFormationOptions());
    }

    [Fact]
    public void DepthLimit_IsTheSameForPackedDefinitions()
    {
        // Root, Resources, the definition, Properties, Tags, an item: six levels.
        var template = Cfn.Template("  Gw:\n    " + Gateway + "\n    Properties:\n      Tags: [{Key: a, Value: b}]\n");
        Assert.True(Packs(template));
        var atLimit = AssertSameEverywhere(template, new CloudFormationOptions { MaxDepth = 6 });
        Assert.Single(atLimit.Resources);
        var error = Assert.Throws<InputException>(() => new CloudFormationCollector(new CloudFormationOptions { MaxDepth = 5 }).CollectFromText(template, Cfn.File));
        Assert.Contains("nesting deeper than 5", error.Message);
    }

    [Theory]
    [MemberData(nameof(RepositoryTemplates))]
    public void RepositoryTemplates_Packed_GiveWhatKeepingEveryDefinitionGives(string source, string template)
    {
        Assert.NotEmpty(source);
        AssertSameEverywhere(template, new CloudFormationOptions());
    }

    /// <summary>The example templates and every CloudFormation case of the bundled rules.</summary>
    public static TheoryData<string, string> RepositoryTemplates()
    {
        var root = RepositoryRoot();
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "examples", "cloudformation"), "*.yaml").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file), File.ReadAllText(file));
        foreach (var file in Directory.GetFiles(Path.Combine(root, "rules"), "*.cases.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file)) stream.Load(reader);
            foreach (var node in stream.Documents[0].RootNode.AllNodes.OfType<YamlMappingNode>())
                if (node.Children.TryGetValue(new YamlScalarNode("cloudformation"), out var text) && text is YamlScalarNode { Value: { } value })
                    data.Add($"{Path.GetFileName(file)} line {text.Start.Line}", value);
        }
        Assert.True(data.Count > 50, $"only {data.Count} templates found under {root}");
        return data;
    }

    [Fact]
    public void PackedNodes_UnpackToTheSameTree()
    {
        var root = new MappingNode(70_000, 3);
        root.TryAdd(new TemplateKey("Back", 69_000, 5), new ScalarNode("an alias's copy may point back", ScalarKind.String, 12, 7));
        var long1 = new string('é', 40) + "😀" + new string('x', 100); // over the pooled length in bytes and characters
        root.TryAdd(new TemplateKey("Text", 70_001, 5), new ScalarNode(long1, ScalarKind.String, 70_001, 11));
        root.TryAdd(new TemplateKey("ünïcode 😀", 70_002, 5), new ScalarNode("true", ScalarKind.Boolean, 70_002, 200));
        root.TryAdd(new TemplateKey("Empty", 70_003, 5), new ScalarNode("", ScalarKind.Null, 70_003, 12));
        var list = new SequenceNode(70_004, 7);
        for (var i = 0; i < 300; i++) list.Add(new ScalarNode(i.ToString(System.Globalization.CultureInfo.InvariantCulture), ScalarKind.String, 70_005 + i, 9));
        var inner = new MappingNode(80_000, 9);
        for (var i = 0; i < 200; i++) inner.TryAdd(new TemplateKey("k" + i, 80_001 + i, 9), new SequenceNode(80_001 + i, 14));
        list.Add(inner);
        root.TryAdd(new TemplateKey("List", 70_004, 5), list);

        var packer = new NodePacker();
        var packed = packer.Pack(root);
        var unpacked = packer.Unpack(packed);
        Assert.Equal(Render(root), Render(unpacked));
        Assert.Equal(root.Size, unpacked.Size);
        // Short texts are packed as their number in the packer's table: unpacking gives the reader's string objects.
        Assert.Same(((ScalarNode)list.Items[7]).Text, ((ScalarNode)((SequenceNode)unpacked.Get("List")!).Items[7]).Text);
        Assert.NotSame(long1, ((ScalarNode)unpacked.Get("Text")!).Text);
        // Positions and repeated keys pack smaller than the nodes' text would be.
        Assert.True(packed.Length < Render(root).Length / 3, $"{packed.Length} bytes against {Render(root).Length} characters");
        var again = packer.Unpack(packer.Pack(root));
        Assert.Same(unpacked.Entries[1].Key.Text, again.Entries[1].Key.Text);
        Assert.Same(((ScalarNode)((SequenceNode)unpacked.Get("List")!).Items[7]).Text, ((ScalarNode)((SequenceNode)again.Get("List")!).Items[7]).Text);
    }

    private static string Render(TemplateNode node) => node switch
    {
        ScalarNode s => $"{s.Kind}({s.Text})@{s.Line}:{s.Column}",
        MappingNode m => $"{{@{m.Line}:{m.Column} " + string.Join(", ", m.Entries.Select(e => $"{e.Key.Text}@{e.Key.Line}:{e.Key.Column}={Render(e.Value)}")) + "}",
        SequenceNode q => $"[@{q.Line}:{q.Column} " + string.Join(", ", q.Items.Select(Render)) + "]",
        _ => throw new InvalidOperationException(),
    };

    private static bool Packs(string template)
    {
        var limits = new ParseLimits(128, 10_000) { ReadsType = Mapping.KindMappers.Reads, Packer = new NodePacker() };
        return TemplateParser.Read(TemplateSource.FromText(template), Cfn.File, limits).Resources.Entries.Any(e => e.Value is PackedDefinition);
    }

    /// <summary>
    /// Collects the template keeping every body (the reference), from text, and from files in UTF-8 with and without a
    /// byte order mark and in UTF-16: all the same, or all the same error.
    /// </summary>
    private static CollectionResult AssertSameEverywhere(string template, CloudFormationOptions options)
    {
        var dir = Directory.CreateTempSubdirectory("packed-definitions-");
        try
        {
            var path = Path.Combine(dir.FullName, "t.yaml");
            var reference = Outcome(() => new CloudFormationCollector(options with { KeepBodies = true }).CollectFromText(template, path));
            Assert.Equal(reference.Text, Outcome(() => new CloudFormationCollector(options).CollectFromText(template, path)).Text);
            foreach (var encoding in (Encoding[])[new UTF8Encoding(false), new UTF8Encoding(true), new UnicodeEncoding(false, true)])
            {
                File.WriteAllText(path, template, encoding);
                Assert.Equal(reference.Text, Outcome(() => new CloudFormationCollector(options).Collect(path)).Text);
            }
            return reference.Result ?? throw new Xunit.Sdk.XunitException(reference.Text);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static (string Text, CollectionResult? Result) Outcome(Func<CollectionResult> collect)
    {
        try
        {
            var result = collect();
            return (string.Join("\n", Describe(result)), result);
        }
        catch (InputException e)
        {
            return ("error: " + e.Message + " " + e.Line + ":" + e.Column, null);
        }
    }

    private static IEnumerable<string> Describe(CollectionResult result) =>
        result.Resources.Select(r => string.Join(" | ",
                r.Kind, r.Key, r.Address, r.Name, r.Id, r.AccountId, r.Region, r.Location, r.Properties,
                string.Join(",", r.PropertyLocations.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}@{p.Value}")),
                string.Join(",", r.References.Select(x => x.Relation + ">" + x.Target)),
                string.Join(",", r.InlineSuppressions.Select(s => s.Key + "=" + s.Value))))
            .Concat(result.Diagnostics.Select(d => $"{d.Level} {d.Code} {d.Message} {d.File} {d.Line}:{d.Column}"));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Scanner.sln"))) return dir.FullName;
        throw new InvalidOperationException("Scanner.sln not found above " + AppContext.BaseDirectory);
    }
}
