using System.Text;
using Scanner.Collectors.CloudFormation.Parsing;
using Scanner.Core.Collection;
using Scanner.Core.Files;

namespace Scanner.Collectors.CloudFormation.Tests;

/// <summary>
/// A UTF-8 template (YAML or JSON) is checked whole, let go, and parsed from the file again as a stream. The second
/// read must see the bytes the check saw; a file changed in between is an input error saying so, never a tree of other
/// text.
/// </summary>
public sealed class CheckedFileSourceTests : IDisposable
{
    private const string Template = "Resources:\n  Gw:\n    Type: AWS::VpcLattice::ResourceGateway\n    Properties:\n      Name: \"gw ü\"\n      SecurityGroupIds: [sg-1]\n";
    private const string JsonTemplate = "{\"Resources\": {\"Gw\": {\"Type\": \"AWS::VpcLattice::ResourceGateway\", \"Properties\": {\"Name\": \"gw ü\"}}}}";
    private static readonly ParseLimits Limits = new(128, 10000);
    private readonly string _dir = Directory.CreateTempSubdirectory("cfn-checked-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_Utf8Yaml_HoldsNoTextAndParsesAsTheText(bool bom)
    {
        var path = Write("t.yaml", bom ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Template)] : Encoding.UTF8.GetBytes(Template));

        var source = TemplateText.Read(path, 1 << 20);

        Assert.Equal(0, source.MemoryBytes);
        Assert.Equal(Describe(TemplateParser.Read(TemplateSource.FromText(Template), path, Limits)), Describe(TemplateParser.Read(source, path, Limits)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_Utf8Json_HoldsNoTextAndParsesAsTheText(bool bom)
    {
        var path = Write("t.json", bom ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(JsonTemplate)] : Encoding.UTF8.GetBytes(JsonTemplate));

        var source = TemplateText.Read(path, 1 << 20);

        Assert.Equal(0, source.MemoryBytes);
        Assert.True(source.LooksLikeJson());
        using (var bytes = source.OpenUtf8())
        using (var copy = new MemoryStream())
        {
            bytes.CopyTo(copy);
            Assert.Equal(JsonTemplate, Encoding.UTF8.GetString(copy.ToArray()));
        }
        Assert.Equal(Describe(TemplateParser.Read(TemplateSource.FromText(JsonTemplate), path, Limits)), Describe(TemplateParser.Read(source, path, Limits)));
    }

    [Fact]
    public void Read_JsonLongerThanOneBlock_EveryResourceAtItsPosition()
    {
        // Blocks of the reader are 64 KiB: keys, values and multi-byte characters straddle their edges, and one string
        // is longer than a block.
        var resources = string.Join(",\n", Enumerable.Range(0, 3000).Select(i =>
            $"  \"Gw{i}\": {{\"Type\": \"AWS::VpcLattice::ResourceGateway\",\n   \"Properties\": {{\"Name\": \"gw-ü€𝄞-{i}\", \"SecurityGroupIds\": [\"sg-{i}\"]}}}}"));
        var json = "{\"Description\": \"" + new string('d', 200_000) + "\",\n \"Resources\": {\n" + resources + "\n}}";
        var path = Write("t.json", Encoding.UTF8.GetBytes(json));

        var source = TemplateText.Read(path, 1 << 24);
        var fromFile = TemplateParser.Read(source, path, Limits);

        Assert.Equal(3000, fromFile.Resources.Entries.Count);
        Assert.Equal(Describe(TemplateParser.Read(TemplateSource.FromText(json), path, Limits)), Describe(fromFile));
        Assert.Equal("Gw2999@6001:3 MappingNode@6001:13", Describe(fromFile).Split('\n')[^1]);
    }

    [Fact]
    public void Read_JsonInBlocksOfAnySize_GivesTheSameTreeAndPositions()
    {
        // Every token straddles a block edge at some block size: one byte at a time, a few bytes, and the whole text.
        var json = "{\"AWSTemplateFormatVersion\": \"2010-09-09\",\n \"Parameters\": {\"P\": {\"Type\": \"Number\", \"Default\": -12.5e3}},\n" +
                   " \"Resources\": {\n  \"Gw\": {\"Type\": \"AWS::VpcLattice::ResourceGateway\", \"Properties\": {\"Name\": \"gw ü€𝄞 \\\"q\\\" \\u00e9\",\n" +
                   "   \"SecurityGroupIds\": [\"sg-1\", {\"Ref\": \"Sg\"}, true, false, null, 0, [[]], {}]}},\n" +
                   "  \"Sg\": {\"Type\": \"AWS::EC2::SecurityGroup\", \"Properties\": {\"GroupDescription\": \"" + new string('x', 300) + "\"}}\n}}";
        var path = Write("t.json", Encoding.UTF8.GetBytes(json));
        var source = TemplateText.Read(path, 1 << 20);

        var whole = Dump(JsonTemplateReader.Read(source, path, Limits, 1 << 20));
        foreach (var block in new[] { 1, 2, 3, 5, 7, 16, 64, 1000 })
            Assert.Equal(whole, Dump(JsonTemplateReader.Read(source, path, Limits, block)));
        // Positions counted by hand: columns are characters (𝄞 is one), escapes are decoded.
        Assert.Contains("Default@2:41 '-12.5e3'@2:52/String", whole);
        Assert.Contains("Name@4:69 'gw ü€𝄞 \"q\" é'@4:77/String", whole);
        Assert.Contains("''@5:61/Null '0'@5:67/String [@5:70 [@5:71]] {@5:76}]", whole);
    }

    [Fact]
    public void Read_JsonSyntaxErrorInBlocksOfAnySize_NamesTheSameLineAndColumn()
    {
        var path = Write("t.json", Encoding.UTF8.GetBytes("{\"Resources\": {\n  \"Gw\": {\"Type\": \"ü\"},\n  \"X\": ]}"));
        var source = TemplateText.Read(path, 1 << 20);

        foreach (var block in new[] { 1, 2, 3, 7, 64, 1 << 20 })
        {
            var e = Assert.Throws<InputException>(() => JsonTemplateReader.Read(source, path, Limits, block));
            Assert.Equal((3, 8), (e.Line, e.Column));
        }
    }

    [Fact]
    public void Read_JsonSyntaxErrorBeyondTheFirstBlock_NamesItsLineAndColumn()
    {
        var resources = string.Join(",\n", Enumerable.Range(0, 3000).Select(i => $"  \"Gw{i}\": {{\"Type\": \"AWS::VpcLattice::ResourceGateway\"}}"));
        var path = Write("t.json", Encoding.UTF8.GetBytes("{\"Resources\": {\n" + resources + ",\n]}"));

        var e = Assert.Throws<InputException>(() => TemplateParser.Read(TemplateText.Read(path, 1 << 24), path, Limits));

        Assert.Equal((3002, 1), (e.Line, e.Column));
        Assert.StartsWith("invalid JSON", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_JsonFileChangedAfterItsCheck_IsAnInputErrorSayingSo()
    {
        var bytes = Encoding.UTF8.GetBytes(JsonTemplate);
        foreach (var edited in new[] { bytes[..(bytes.Length / 2)], [.. bytes[..^3], 0xFF, .. "}}"u8], [.. bytes, .. " "u8] })
        {
            var path = Write("t.json", bytes);
            var source = TemplateText.Read(path, 1 << 20);
            var checkedAt = File.GetLastWriteTimeUtc(path);
            File.WriteAllBytes(path, edited);
            File.SetLastWriteTimeUtc(path, checkedAt.AddSeconds(5));

            var e = Assert.Throws<InputException>(() => TemplateParser.Read(source, path, Limits));
            Assert.Equal(FileSlices.Changed(path).Message, e.Message);
        }
    }

    [Fact]
    public void Parse_JsonStringNoLongerUtf8_IsAnInputErrorSayingSo()
    {
        // The same length and the same time stamp: only the bytes inside a string tell.
        var bytes = Encoding.UTF8.GetBytes(JsonTemplate);
        var path = Write("t.json", bytes);
        var source = TemplateText.Read(path, 1 << 20);
        var checkedAt = File.GetLastWriteTimeUtc(path);
        var at = Array.IndexOf(bytes, (byte)'g', JsonTemplate.IndexOf("gw ", StringComparison.Ordinal));
        var edited = bytes.ToArray();
        edited[at] = 0xFF;
        File.WriteAllBytes(path, edited);
        File.SetLastWriteTimeUtc(path, checkedAt);

        var e = Assert.Throws<InputException>(() => TemplateParser.Read(source, path, Limits));
        Assert.Equal(FileSlices.Changed(path).Message, e.Message);
    }

    [Fact]
    public void Read_FlowMappingYamlThatLooksLikeJson_ParsedAsYamlFromTheHeldBytes()
    {
        var yaml = "{Resources: {Gw: {Type: AWS::VpcLattice::ResourceGateway, Properties: {Name: !Sub 'gw-${AWS::Region}'}}}}";
        var path = Write("t.yaml", Encoding.UTF8.GetBytes(yaml));

        var source = TemplateText.Read(path, 1 << 20);

        Assert.Equal(Describe(TemplateParser.Read(TemplateSource.FromText(yaml), path, Limits)), Describe(TemplateParser.Read(source, path, Limits)));
    }

    public static TheoryData<string, Func<byte[], byte[]>> Changes() => new()
    {
        { "grown", b => [.. b, .. "  Sg:\n    Type: AWS::EC2::SecurityGroup\n"u8] },
        { "cut short", b => b[..(b.Length / 2)] },
        { "same length, a byte that is not UTF-8", b => [.. b[..^2], 0xFF, (byte)'\n'] },
        { "same length, other text", b => [.. b[..^3], .. "2]\n"u8] },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Parse_FileChangedAfterItsCheck_IsAnInputErrorSayingSo(string change, Func<byte[], byte[]> edit)
    {
        var bytes = Encoding.UTF8.GetBytes(Template);
        var path = Write("t.yaml", bytes);
        var source = TemplateText.Read(path, 1 << 20);
        var checkedAt = File.GetLastWriteTimeUtc(path);

        File.WriteAllBytes(path, edit(bytes));
        File.SetLastWriteTimeUtc(path, checkedAt.AddSeconds(5));

        var e = Assert.Throws<InputException>(() => TemplateParser.Read(source, path, Limits));
        Assert.True(e.Message == FileSlices.Changed(path).Message, $"{change}: {e.Message}");
    }

    [Fact]
    public void Parse_FileRemovedAfterItsCheck_IsAnInputErrorSayingSo()
    {
        var path = Write("t.yaml", Encoding.UTF8.GetBytes(Template));
        var source = TemplateText.Read(path, 1 << 20);
        File.Delete(path);

        var e = Assert.Throws<InputException>(() => TemplateParser.Read(source, path, Limits));
        Assert.Equal(FileSlices.Changed(path).Message, e.Message);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Every node with its position: keys, scalars (text and kind), mappings and sequences.</summary>
    private static string Dump(TemplateNode node)
    {
        var text = new StringBuilder();
        void Walk(TemplateNode n)
        {
            switch (n)
            {
                case MappingNode map:
                    text.Append($"{{@{map.Line}:{map.Column}");
                    foreach (var (key, value) in map.Entries)
                    {
                        text.Append($" {key.Text}@{key.Line}:{key.Column} ");
                        Walk(value);
                    }
                    text.Append('}');
                    break;
                case SequenceNode seq:
                    text.Append($"[@{seq.Line}:{seq.Column}");
                    foreach (var item in seq.Items)
                    {
                        text.Append(' ');
                        Walk(item);
                    }
                    text.Append(']');
                    break;
                case ScalarNode scalar:
                    text.Append($"'{scalar.Text}'@{scalar.Line}:{scalar.Column}/{scalar.Kind}");
                    break;
            }
        }
        Walk(node);
        return text.ToString();
    }

    private static string Describe(TemplateModel model) =>
        string.Join("\n", model.Resources.Entries.Select(e => $"{e.Key.Text}@{e.Key.Line}:{e.Key.Column} {e.Value.GetType().Name}@{e.Value.Line}:{e.Value.Column}"));
}
