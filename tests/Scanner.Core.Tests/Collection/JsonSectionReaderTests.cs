using System.Text;
using System.Text.Json;
using Scanner.Core.Collection;

namespace Scanner.Core.Tests.Collection;

public sealed class JsonSectionReaderTests
{
    private const string Plan = """
        {
          "format_version": "1.2",
          "planned_values": {"root_module": {"resources": [{"address": "a.b", "values": {"x": 1}}]}},
          "resource_changes": [
            {"address": "a.b", "change": {"after": {"x": 1}}},
            {"address": "a.c", "change": {"after": {"x": [1, 2]}}}
          ],
          "configuration": {"root_module": {"resources": [{"address": "a.b"}]}},
          "resource_drift": []
        }
        """;

    private static readonly string[] Kept = ["configuration"];

    private static JsonSections Read(string json, string split = "resource_changes", IReadOnlyList<string>? kept = null, int maxDepth = 64) =>
        JsonSectionReader.Read(Encoding.UTF8.GetBytes(json), maxDepth, split, kept);

    [Fact]
    public void Skeleton_HoldsNeitherTheSplitArrayNorTheSectionsNotKept_ButKeepsTheirJsonTypes()
    {
        using var sections = Read(Plan, kept: Kept);
        var root = sections.Skeleton.RootElement;

        Assert.Equal(JsonValueKind.Array, root.GetProperty("resource_changes").ValueKind);
        Assert.Equal(0, root.GetProperty("resource_changes").GetArrayLength());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("planned_values").ValueKind);
        Assert.False(root.GetProperty("planned_values").EnumerateObject().Any());
        Assert.Equal("1.2", root.GetProperty("format_version").GetString());
        Assert.Equal("a.b", root.GetProperty("configuration").GetProperty("root_module").GetProperty("resources")[0].GetProperty("address").GetString());
        // The skeleton is a document of its own, far smaller than the text: nothing of the split array is in it.
        Assert.DoesNotContain("a.c", root.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Elements_AreByteRangesOfEachArrayElement_WithTheirLineAndColumn()
    {
        var bytes = Encoding.UTF8.GetBytes(Plan);
        using var sections = JsonSectionReader.Read(bytes, 64, "resource_changes", Kept);

        Assert.Equal(2, sections.Elements.Count);
        var second = Encoding.UTF8.GetString(bytes, sections.Elements[1].Start, sections.Elements[1].Length);
        Assert.Equal("""{"address": "a.c", "change": {"after": {"x": [1, 2]}}}""", second);
        Assert.Equal((5, 5), sections.ElementPositions[0]);
        Assert.Equal((6, 5), sections.ElementPositions[1]);
    }

    [Fact]
    public void WithoutKeptSections_EveryOtherSectionStaysWhole()
    {
        using var sections = Read(Plan);
        Assert.Single(sections.Skeleton.RootElement.GetProperty("planned_values").GetProperty("root_module").GetProperty("resources").EnumerateArray());
        Assert.Equal(0, sections.Skeleton.RootElement.GetProperty("resource_changes").GetArrayLength());
    }

    [Fact]
    public void SplitMemberThatIsNotAnArray_IsCopiedAsIs()
    {
        using var sections = Read("""{"resources": "nope"}""", split: "resources");
        Assert.Equal("nope", sections.Skeleton.RootElement.GetProperty("resources").GetString());
        Assert.Empty(sections.Elements);
    }

    [Theory]
    [InlineData("""{"planned_values": {"a": 1, "a": 2}}""", "\"a\": 2")] // inside a section that is not kept
    [InlineData("""{"resource_changes": [{"x": {"b": 1, "b": 2}}]}""", "\"b\": 2")] // inside an element
    [InlineData("""{"format_version": "1", "format_version": "2"}""", "\"format_version\": \"2")] // at the top level
    [InlineData("""{"x": {"a": 1, "\u0061": 2}}""", "\"\\u0061")] // the same name, escaped
    public void RepeatedProperty_AnywhereInTheDocument_IsReportedAtTheSecondName(string json, string second)
    {
        var e = Assert.Throws<JsonDuplicatePropertyException>(() => Read(json, kept: Kept));
        Assert.Equal(json.IndexOf(second, StringComparison.Ordinal), e.Offset);
    }

    [Fact]
    public void SameNameInSiblingObjects_IsNotARepeat()
    {
        using var sections = Read("""{"resource_changes": [{"a": 1, "b": {"a": 2}}, {"a": 3}], "planned_values": {"a": {"a": 1}}}""", kept: Kept);
        Assert.Equal(2, sections.Elements.Count);
    }

    [Theory]
    [InlineData("""{"prior_state": {"a": [1, 2}}""")] // malformed inside a section that is not kept
    [InlineData("""{"resource_changes": [{"a": 1},]}""")] // trailing comma in the split array
    [InlineData("""{"format_version": "1.2"} trailing""")] // content after the document
    [InlineData("""{"format_version": "1.2" """)] // truncated
    public void MalformedJsonAnywhere_IsTheReadersOwnError(string json)
    {
        var e = Assert.ThrowsAny<JsonException>(() => Read(json, kept: Kept));
        Assert.NotNull(e.LineNumber);
    }

    [Fact]
    public void NestingBeyondTheLimit_InsideASectionThatIsNotKept_IsAnError()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 20)) + string.Concat(Enumerable.Repeat("]", 20));
        Assert.ThrowsAny<JsonException>(() => Read("{\"prior_state\": " + deep + "}", kept: Kept, maxDepth: 10));
        using var ok = Read("{\"prior_state\": " + deep + "}", kept: Kept, maxDepth: 30);
        Assert.Equal(JsonValueKind.Array, ok.Skeleton.RootElement.GetProperty("prior_state").ValueKind);
    }

    [Fact]
    public void RootThatIsNotAnObject_IsParsedWhole()
    {
        using var sections = Read("[1, 2]");
        Assert.Equal(JsonValueKind.Array, sections.Skeleton.RootElement.ValueKind);
        Assert.Empty(sections.Elements);
    }
}
