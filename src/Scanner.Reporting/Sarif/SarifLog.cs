using System.Text.Json.Serialization;

namespace Scanner.Reporting.Sarif;

// The subset of the SARIF 2.1.0 object model that latticescan writes and reads back as a baseline.
// Property declaration order is the serialised order (source generation keeps it), so output is stable.

/// <summary>sarifLog: the root object.</summary>
internal sealed class SarifLog
{
    [JsonPropertyName("$schema")] public string Schema { get; set; } = "https://json.schemastore.org/sarif-2.1.0.json";
    public string Version { get; set; } = "2.1.0";
    public List<SarifRun> Runs { get; set; } = [];
}

/// <summary>
/// run: exactly one per log (GitHub rejects several runs with the same category). Its <c>results</c> come last and are
/// written one by one after these members (<see cref="SarifReportWriter"/>), not held in the model.
/// </summary>
internal sealed class SarifRun
{
    public SarifTool Tool { get; set; } = new();
    public SarifAutomationDetails? AutomationDetails { get; set; }
    public List<SarifInvocation> Invocations { get; set; } = [];
}

internal sealed class SarifTool
{
    public SarifToolComponent Driver { get; set; } = new();
}

internal sealed class SarifToolComponent
{
    public string Name { get; set; } = "";
    public string? Version { get; set; }
    public string? SemanticVersion { get; set; }
    public string? InformationUri { get; set; }
    public List<SarifReportingDescriptor> Rules { get; set; } = [];
}

internal sealed class SarifAutomationDetails
{
    public string Id { get; set; } = "";
}
