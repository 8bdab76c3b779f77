using System.Text;
using Scanner.Core.Findings;

namespace Scanner.Pipeline.Tests;

/// <summary>
/// Templates and plans written in the shapes public VPC Lattice repositories use (loops, nested stacks' exports,
/// conditions, SSM parameters, prefix lists, standalone ingress/egress rules, Gateway and Interface endpoints
/// beside Resource endpoints), each scanned with every bundled rule against a fixed organization. Each input
/// <c>tests/Scanner.Pipeline.Tests/Corpus/NAME.(yaml|json|plan.json)</c> has <c>NAME.expected</c> beside it: one
/// line per finding (<c>RULE-ID address line:column message</c>), one per warning (<c>warning CODE line message</c>)
/// and the notes counting unknown values no rule reads and naming what each rule could not decide,
/// exact, in report order. <c>UPDATE_CORPUS=1</c> rewrites the expectations; review the diff before committing it.
/// </summary>
public class TemplateCorpusTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "Scanner.Pipeline.Tests", "Corpus");

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Folder).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task CorpusInput_GivesExactlyItsExpectedFindingsAndWarnings(string input)
    {
        var path = Path.Combine(Folder, input);
        var isPlan = input.EndsWith(".plan.json", StringComparison.Ordinal);
        var request = new ScanRequest
        {
            RuleDirectories = [RepoPaths.Rules],
            TerraformPlans = isPlan ? [path] : [],
            CloudFormationTemplates = isPlan ? [] : [path],
            OrganizationId = "o-a1b2c3d4e5",
            OrganizationAccounts = ["111111111111", "222222222222"],
        };
        var outcome = await new ScanPipeline(TimeProvider.System).RunAsync(request, CancellationToken.None);
        var actual = Render(outcome.Report);

        var expectedFile = Path.ChangeExtension(path, null).Replace(".plan", "", StringComparison.Ordinal) + ".expected";
        if (Environment.GetEnvironmentVariable("UPDATE_CORPUS") == "1") await File.WriteAllTextAsync(expectedFile, actual);
        Assert.True(File.Exists(expectedFile), $"{expectedFile} is missing (UPDATE_CORPUS=1 writes it)");
        Assert.Equal(await File.ReadAllTextAsync(expectedFile), actual);
    }

    private static string Render(ScanReport report)
    {
        var sb = new StringBuilder();
        foreach (var f in report.Findings)
            sb.Append(f.RuleId).Append(' ').Append(f.ResourceAddress).Append(' ')
                .Append(f.Location is { } l ? $"{l.Line}:{l.Column}" : "-").Append(' ').Append(f.Message).Append('\n');
        foreach (var d in report.Diagnostics.Where(d => d.Level == DiagnosticLevel.Warning || d.Code is "UnresolvedValuesNotRead" or "UndecidedUnknownValues"))
            sb.Append(d.Level.ToName()).Append(' ').Append(d.Code).Append(' ').Append(d.Line).Append(' ').Append(d.Message).Append('\n');
        return sb.ToString();
    }
}
