// Scans a Terraform plan held in memory with LatticeScan's bundled rules and gates on HIGH findings, as a CI step
// or a platform tool would. Usage: LibraryConsumer PLAN.json [ORG-ACCOUNT ...]
using Scanner.Core.Findings;
using Scanner.Library;
using Scanner.Pipeline;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: LibraryConsumer PLAN.json [ORG-ACCOUNT ...]");
    return 2;
}

var scanner = LatticeScanner.Create(new LatticeScannerOptions { OrganizationAccounts = args[1..] });
var planJson = await File.ReadAllTextAsync(args[0]);
var result = scanner.Scan(ScanInput.TerraformPlan(planJson, displayPath: Path.GetFileName(args[0])));

Console.WriteLine($"{scanner.Rules.Count} rules, {result.Findings.Count} findings");
foreach (var f in result.Findings)
    Console.WriteLine($"{f.Severity.ToName().ToUpperInvariant(),-8} {f.RuleId} {f.ResourceKey}");

var verdict = result.Gate(new GateOptions { FailOn = Severity.High });
Console.WriteLine($"gate: {verdict}");
return (int)verdict;
