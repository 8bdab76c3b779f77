using System.Text;
using Scanner.Collectors.CloudFormation.Parsing;
using Scanner.Core.Collection;
using Scanner.Core.Files;

namespace Scanner.Collectors.CloudFormation.Tests;

/// <summary>
/// A UTF-8 YAML template is checked whole, let go, and parsed from the file again as a stream. The second read must
/// see the bytes the check saw; a file changed in between is an input error saying so, never a tree of other text.
/// </summary>
public sealed class CheckedFileSourceTests : IDisposable
{
    private const string Template = "Resources:\n  Gw:\n    Type: AWS::VpcLattice::ResourceGateway\n    Properties:\n      Name: \"gw ü\"\n      SecurityGroupIds: [sg-1]\n";
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
    public void Read_Json_HeldOutsideTheGcHeapUntilDisposed(bool bom)
    {
        var json = "{\"Resources\": {\"Gw\": {\"Type\": \"AWS::VpcLattice::ResourceGateway\", \"Properties\": {\"Name\": \"gw ü\"}}}}";
        var path = Write("t.json", bom ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)] : Encoding.UTF8.GetBytes(json));

        var source = TemplateText.Read(path, 1 << 20);

        Assert.Equal(0, source.MemoryBytes);
        Assert.Equal(json, Encoding.UTF8.GetString(source.Utf8().Span));
        Assert.Equal(Describe(TemplateParser.Read(TemplateSource.FromText(json), path, Limits)), Describe(TemplateParser.Read(source, path, Limits)));
        source.Dispose();
        Assert.Throws<ObjectDisposedException>(() => source.Utf8());
    }

    [Fact]
    public void Read_FlowMappingYamlThatLooksLikeJson_ParsedAsYamlFromTheHeldBytes()
    {
        var yaml = "{Resources: {Gw: {Type: AWS::VpcLattice::ResourceGateway, Properties: {Name: !Sub 'gw-${AWS::Region}'}}}}";
        var path = Write("t.yaml", Encoding.UTF8.GetBytes(yaml));

        using var source = TemplateText.Read(path, 1 << 20);

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

    private static string Describe(TemplateModel model) =>
        string.Join("\n", model.Resources.Entries.Select(e => $"{e.Key.Text}@{e.Key.Line}:{e.Key.Column} {e.Value.GetType().Name}@{e.Value.Line}:{e.Value.Column}"));
}
