using System.Text;
using CsCheck;
using Scanner.Core.Collection;
using Scanner.Pipeline.Snapshot;

namespace Scanner.Pipeline.Tests;

/// <summary>The snapshot reader refuses every wrong shape with file:line:col instead of dropping data silently.</summary>
public class SnapshotStrictnessTests
{
    private const string Head = "{\n\"format\": \"latticescan-inventory\",\n\"version\": 1,\n";

    private const string Gateway = "{\"kind\": \"resource_gateway\", \"key\": \"k1\", \"properties\": {\"name\": \"gw\"}}";

    private static InputException Error(string json) =>
        Assert.Throws<InputException>(() => InventorySnapshotReader.Read(Encoding.UTF8.GetBytes(json), "snap.json"));

    [Theory]
    [InlineData("{\n\"format\": 5,\n\"version\": 1,\n\"resources\": []}", "snap.json:2:11: not a latticescan inventory snapshot")]
    [InlineData("{\n\"format\": \"latticescan-inventory\",\n\"version\": \"1\",\n\"resources\": []}", "snap.json:3:12: unsupported snapshot version")]
    [InlineData(Head + "\"resources\": \"all\"}", "snap.json:4:14: \"resources\" must be an array, not a string")]
    [InlineData(Head + "\"resources\": {}}", "snap.json:4:14: \"resources\" must be an array, not an object")]
    [InlineData(Head + "\"resources\": null}", "snap.json:4:14: \"resources\" must be an array, not null")]
    [InlineData(Head + "\"regions\": []}", "snap.json:1:1: \"resources\" is missing; it must be an array")]
    [InlineData(Head + "\"resources\": [], \"diagnostics\": \"none\"}", "snap.json:4:33: \"diagnostics\" must be an array, not a string")]
    [InlineData(Head + "\"resources\": [], \"diagnostics\": [{\"level\": 3}]}", "snap.json:4:44: \"level\" must be a string, not a number")]
    [InlineData(Head + "\"resources\": [{\"kind\": \"resource_gatway\", \"key\": \"k\"}]}", "snap.json:4:24: resources[0]: unknown kind 'resource_gatway'")]
    [InlineData(Head + "\"resources\": [{\"kind\": \"resource_gateway\", \"key\": \"k\", \"properties\": 5}]}", "snap.json:4:70: \"properties\" must be an object, not a number")]
    [InlineData(Head + "\"resources\": [{\"kind\": \"resource_gateway\", \"key\": \"k\", \"inlineSuppressions\": []}]}", "\"inlineSuppressions\" must be an object, not an array")]
    [InlineData(Head + "\"resources\": [{\"kind\": \"resource_gateway\", \"key\": \"k\", \"inlineSuppressions\": {\"X\": 1}}]}", "an inline suppression's reason must be a string")]
    [InlineData(Head + "\"resources\": [{\"kind\": \"resource_gateway\", \"key\": \"k\", \"origin\": \"pulumi\"}]}", "resources[0]: unknown origin 'pulumi'")]
    [InlineData(Head + "\"resources\": [{\"kind\": \"resource_gateway\", \"key\": 7}]}", "\"key\" must be a string, not a number")]
    [InlineData(Head + "\"resources\": [{\"kind\": \"resource_gateway\", \"key\": \"k\", \"kind\": \"security_group\"}]}", "snap.json:4:")]
    [InlineData(Head + "\"resources\": [" + Gateway + ",\n" + Gateway + "]}", "snap.json:5:37: resources[1] has the key of resources[0] ('k1'); each resource appears once")]
    [InlineData(Head + "\"resources\": [], \"organization\": []}", "\"organization\" must be an object, not an array")]
    [InlineData(Head + "\"resources\": [], \"accounts\": [1]}", "\"accounts\" must hold strings only, not a number")]
    [InlineData(Head + "\"resources\": [], \"colectedAt\": \"x\"}", "unknown field 'colectedAt'")]
    [InlineData(Head + "\"resources\": [], \"collectedAt\": \"yesterday\"}", "\"collectedAt\" must be an ISO 8601 date and time")]
    public void Read_WrongShape_IsALocatedInputError(string json, string expected)
    {
        Assert.Contains(expected, Error(json).Message);
    }

    [Fact]
    public void Read_DuplicateProperty_IsAnErrorNotTheLastValue()
    {
        var e = Error(Head + "\"resources\": [],\n\"resources\": [" + Gateway + "]}");
        Assert.StartsWith("snap.json:5:", e.Message);
        Assert.Contains("duplicate", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_InvalidUtf8_IsALocatedInputError()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "\"resources\": [{\"kind\": \"resource_gateway\", \"key\": \"k\", \"name\": \"gw\u00e9\"}]}");
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes[at + 1] = 0x28; // 0xC3 0x28 is not UTF-8
        var e = Assert.Throws<InputException>(() => InventorySnapshotReader.Read(bytes, "snap.json"));
        Assert.StartsWith("snap.json:4:", e.Message);
        Assert.Contains("not UTF-8 text", e.Message);
    }

    [Fact]
    public void Read_ErrorLinesQuoteOnlyAShortExcerpt()
    {
        var secret = new string('s', 5000);
        var e = Error(Head + "\"resources\": [{\"kind\": \"" + secret + "\", \"key\": \"k\"}]}");
        Assert.True(e.Message.Length < 600, e.Message);
    }

    [Fact]
    public void Read_ValidSnapshot_StillReads()
    {
        var s = InventorySnapshotReader.Read(Encoding.UTF8.GetBytes(Head + "\"resources\": [" + Gateway + "], \"diagnostics\": [], \"accounts\": [\"111111111111\"]}"), "snap.json");
        Assert.Equal("k1", Assert.Single(s.Resources).Key);
    }

    /// <summary>Mutated snapshots: the reader returns a snapshot or one located InputException, never another exception.</summary>
    [Fact]
    public void Read_RandomMutations_OnlyInputErrors()
    {
        var valid = Encoding.UTF8.GetBytes(Head + "\"organization\": {\"id\": \"o-a1b2c3d4e5\", \"accounts\": [\"111111111111\"]},\n\"resources\": [" + Gateway +
            ",\n{\"kind\": \"security_group\", \"key\": \"sg\", \"references\": [{\"relation\": \"vpc\", \"target\": null}], \"location\": {\"file\": \"a.tf\", \"line\": 3}}],\n\"diagnostics\": [{\"level\": \"error\", \"code\": \"X\", \"message\": \"m\"}]}");
        Gen.Select(Gen.Int[0, valid.Length - 1], Gen.Byte, Gen.Int[0, 2]).Array[1, 4].Sample(mutations =>
        {
            var bytes = (byte[])valid.Clone();
            var list = bytes.ToList();
            foreach (var (at, value, op) in mutations)
            {
                var i = Math.Min(at, list.Count - 1);
                if (op == 0) list[i] = value;
                else if (op == 1) list.Insert(i, value);
                else if (list.Count > 1) list.RemoveAt(i);
            }
            try { InventorySnapshotReader.Read(list.ToArray(), "snap.json"); }
            catch (InputException e) { Assert.StartsWith("snap.json", e.Message); }
        }, iter: 3000);
    }

    public static TheoryData<string, bool> FileCases()
    {
        var data = new TheoryData<string, bool>();
        string[] texts =
        [
            Head + "\"resources\": [" + Gateway + ",\n" + Gateway + "]}",
            Head + "\"resources\": [{\"kind\": \"resource_gateway\", \"key\": \"k\", \"properties\": 5}]}",
            Head + "\"resources\": [" + Gateway + ",\n{\"kind\": \"resource_gatway\", \"key\": \"k\"}]}",
            Head + "\"resources\": [], \"diagnostics\": \"none\"}",
            Head + "\"resources\": [" + Gateway + ",\n{\"kind\": \"security_group\", \"key\": \"k2\", \"properties\": {\"ingress\": [{\"fromPort\": 5432}]}}]}",
            // Roots that are not an object: read whole, after the file's text is let go.
            "[" + Gateway + "]",
            "42",
        ];
        foreach (var text in texts)
            foreach (var bom in new[] { false, true })
                data.Add(text, bom);
        return data;
    }

    /// <summary>
    /// A snapshot file is checked whole, then its resources are read again from the file one at a time: the result,
    /// or the error with its line and column, is the one reading the same bytes in memory gives.
    /// </summary>
    [Theory]
    [MemberData(nameof(FileCases))]
    public void ReadFile_GivesWhatReadingTheSameBytesGives(string text, bool byteOrderMark)
    {
        var bytes = (byteOrderMark ? [0xEF, 0xBB, 0xBF] : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var dir = Directory.CreateTempSubdirectory("latticescan-snapshot-").FullName;
        try
        {
            var path = Path.Combine(dir, "snap.json");
            File.WriteAllBytes(path, bytes);
            InventorySnapshot? fromMemory = null;
            string? memoryError = null;
            try { fromMemory = InventorySnapshotReader.Read(bytes, path); }
            catch (InputException e) { memoryError = e.Message; }

            if (memoryError is not null)
            {
                Assert.Equal(memoryError, Assert.Throws<InputException>(() => InventorySnapshotReader.ReadFile(path)).Message);
                return;
            }
            var fromFile = InventorySnapshotReader.ReadFile(path);
            Assert.Equal(Written(fromMemory!), Written(fromFile));
            Assert.NotEmpty(fromFile.Resources);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static byte[] Written(InventorySnapshot s)
    {
        using var buffer = new MemoryStream();
        InventorySnapshotWriter.Write(s, buffer);
        return buffer.ToArray();
    }
}

