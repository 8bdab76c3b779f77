using System.Text.Json.Serialization;

namespace Scanner.Reporting.Sarif;

/// <summary>result: one finding.</summary>
internal sealed class SarifResult
{
    public string RuleId { get; set; } = "";
    public int RuleIndex { get; set; }
    public string Kind { get; set; } = "fail";
    public string Level { get; set; } = "warning";
    public SarifMessage Message { get; set; } = new();
    public List<SarifLocation> Locations { get; set; } = [];
    public SarifPartialFingerprints? PartialFingerprints { get; set; }
    public SarifFingerprints? Fingerprints { get; set; }
    public string? BaselineState { get; set; }
    public List<SarifSuppression>? Suppressions { get; set; }
    public SarifResultProperties? Properties { get; set; }
}

internal sealed class SarifMessage
{
    public string Text { get; set; } = "";
}

/// <summary>Only <c>primaryLocationLineHash</c>: the one key GitHub uses (it cannot hash a file that does not exist).</summary>
internal sealed class SarifPartialFingerprints
{
    public string? PrimaryLocationLineHash { get; set; }
}

/// <summary>The key ends in <c>/v1</c> because DefectDojo parses fingerprint keys as <c>name/vN</c>.</summary>
internal sealed class SarifFingerprints
{
    public const string Key = "latticescan/v1";
    [JsonPropertyName(Key)] public string? Latticescan { get; set; }
}

internal sealed class SarifSuppression
{
    /// <summary>inSource or external.</summary>
    public string Kind { get; set; } = "external";
    public string Status { get; set; } = "accepted";
    public string? Justification { get; set; }
    public SarifSuppressionProperties? Properties { get; set; }
}

internal sealed class SarifSuppressionProperties
{
    /// <summary>The kind word the scanner used, kept for the baseline round trip.</summary>
    public string? LatticescanKind { get; set; }
    public string? Owner { get; set; }
    /// <summary>yyyy-MM-dd.</summary>
    public string? Expires { get; set; }
}

/// <summary>Result property bag: the resource identity, evidence, and the AWS context of live findings.</summary>
internal sealed class SarifResultProperties
{
    public string? Severity { get; set; }
    public string? Origin { get; set; }
    public string? ResourceKind { get; set; }
    public string? ResourceKey { get; set; }
    public string? ResourceName { get; set; }
    public string? ResourceId { get; set; }
    public string? ResourceAddress { get; set; }
    [JsonPropertyName("aws/resourceArn")] public string? AwsResourceArn { get; set; }
    [JsonPropertyName("aws/accountId")] public string? AwsAccountId { get; set; }
    [JsonPropertyName("aws/region")] public string? AwsRegion { get; set; }
    public bool DependsOnUnknown { get; set; }
    public List<SarifEvidence> Evidence { get; set; } = [];
    /// <summary>The file as the scanner saw it, line and column, for IaC findings (the uri is percent-encoded).</summary>
    public string? SourceFile { get; set; }
}

internal sealed class SarifEvidence
{
    public string Path { get; set; } = "";
    public string Value { get; set; } = "";
}
