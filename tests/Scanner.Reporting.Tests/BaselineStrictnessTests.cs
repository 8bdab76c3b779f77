using System.Text;
using CsCheck;
using Scanner.Core.Collection;
using Scanner.Reporting.Tests.Support;
using Xunit;

namespace Scanner.Reporting.Tests;

/// <summary>Baselines are as strict as plans: duplicate properties and invalid UTF-8 are located input errors, and no mutation ends in another exception.</summary>
public sealed class BaselineStrictnessTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("latticescan-baseline-strict-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string SaveBytes(byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, "b.json");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Read_DuplicateProperty_IsALocatedError()
    {
        var path = SaveBytes(Encoding.UTF8.GetBytes("{\"schemaVersion\": \"1.0\",\n\"findings\": [],\n\"findings\": [{\"ruleId\": \"X\"}]}"));
        var e = Assert.Throws<InputException>(() => BaselineReader.Read(path));
        Assert.Equal($"{path}:3:1: duplicate property: an object names the same property twice (the value would be ambiguous)", e.Message);
    }

    [Fact]
    public void Read_InvalidUtf8_IsALocatedErrorNotAnInternalOne()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"schemaVersion\": \"1.0\",\n\"findings\": [\"x?\"]}");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;
        var path = SaveBytes(bytes);
        var e = Assert.Throws<InputException>(() => BaselineReader.Read(path));
        Assert.Equal($"{path}:2:16: not UTF-8 text (invalid byte sequence)", e.Message);
    }

    [Fact]
    public void Read_RandomMutations_OnlyInputErrors()
    {
        using var buffer = new MemoryStream();
        new JsonReportWriter(TestReports.Options).Write(TestReports.Iac(), buffer);
        var valid = buffer.ToArray();
        var path = Path.Combine(_dir.FullName, "m.json");
        Gen.Select(Gen.Int[0, valid.Length - 1], Gen.Byte, Gen.Int[0, 2]).Array[1, 4].Sample(mutations =>
        {
            var list = valid.ToList();
            foreach (var (at, value, op) in mutations)
            {
                var i = Math.Min(at, list.Count - 1);
                if (op == 0) list[i] = value;
                else if (op == 1) list.Insert(i, value);
                else if (list.Count > 1) list.RemoveAt(i);
            }
            File.WriteAllBytes(path, list.ToArray());
            try { BaselineReader.Read(path); }
            catch (InputException e) { Assert.StartsWith(path, e.Message); }
        }, iter: 1500, threads: 1);
    }
}
