using System.Text;
using Scanner.Core.Collection;
using Xunit;

namespace Scanner.Reporting.Tests;

/// <summary>
/// The baseline's memory budget: its text (held while it is read) and each entry are held in it, so a baseline of
/// millions of tiny results is refused while it is read, in both forms a baseline takes.
/// </summary>
public sealed class BaselineMemoryBudgetTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("latticescan-baseline-budget-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string TinyResults(bool sarif, int count)
    {
        var text = new StringBuilder(sarif
            ? "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"latticescan\"}}, \"results\": ["
            : "{\"schemaVersion\": \"1.0\", \"findings\": [");
        for (var i = 0; i < count; i++)
            text.Append(i == 0 ? "" : ",").Append(sarif
                ? $"{{\"ruleId\": \"LATTICE-GW-001\", \"level\": \"error\", \"message\": {{\"text\": \"m\"}}, \"locations\": [], \"fingerprints\": {{\"latticescan/v1\": \"{i:x}\"}}}}"
                : $"{{\"ruleId\": \"LATTICE-GW-001\", \"severity\": \"high\", \"message\": \"m\", \"fingerprint\": \"{i:x}\"}}");
        text.Append(sarif ? "]}]}" : "]}");
        var path = Path.Combine(_dir.FullName, sarif ? "tiny.sarif" : "tiny.json");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TinyResultsPastTheBudget_AreRefusedWhileTheBaselineIsRead(bool sarif)
    {
        var path = TinyResults(sarif, 5000);
        var e = Assert.Throws<InputException>(() => BaselineReader.Read(path, maxHeldBytes: 1_000_000));
        Assert.StartsWith($"{path}: reading it would take more than 1.0 MiB of memory", e.Message);
        Assert.Equal(5000, BaselineReader.Read(path).Count);
    }
}
