using Scanner.Core.Aws;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Reporting.Common;

namespace Scanner.Reporting.Sarif;

/// <summary>
/// The one location every result gets (GitHub rejects results without a physical location and uses only the first).
/// IaC: the repo-relative file and its region, the resource address as logical location. Live AWS: a scheme-less
/// pseudo-path <c>aws/&lt;account&gt;/&lt;region&gt;/&lt;kind&gt;/&lt;id&gt;</c> at line 1, the ARN as logical location —
/// never the ARN as uri (GitHub reads <c>arn:</c> as a URI scheme and rejects the whole upload).
/// </summary>
internal static class SarifLocationMapper
{
    public static SarifLocation Map(Finding f, ReportOptions options, IReadOnlyList<string> inputFiles) =>
        f.Origin == ResourceOrigin.Aws ? Live(f) : Iac(f, options, inputFiles);

    /// <summary>The file an IaC finding belongs to: its location, else the file part of a <c>file#address</c> key, else the only input file.</summary>
    public static string? IacFile(Finding f, IReadOnlyList<string> inputFiles)
    {
        if (!string.IsNullOrWhiteSpace(f.Location?.File)) return f.Location.File;
        var hash = f.ResourceKey.IndexOf('#', StringComparison.Ordinal);
        if (hash > 0) return f.ResourceKey[..hash];
        return inputFiles.Count == 1 ? inputFiles[0] : null;
    }

    private static SarifLocation Iac(Finding f, ReportOptions options, IReadOnlyList<string> inputFiles)
    {
        var file = IacFile(f, inputFiles);
        // Without any file a synthetic path still gives GitHub the location it requires.
        var uri = file is not null
            ? UriPaths.EncodePath(RepositoryPaths.ToRelative(file, options.RepositoryRoot, options.WorkingDirectory))
            : OriginNames.ToName(f.Origin) + "/" + UriPaths.EncodeSegment(IacAddress(f) ?? f.Fingerprint);
        var loc = f.Location;
        var region = new SarifRegion { StartLine = loc is { Line: > 0 } ? loc.Line : 1 };
        if (loc is { Line: > 0, Column: > 0 }) region.StartColumn = loc.Column;
        if (loc is { Line: > 0 } && loc.EndLine >= region.StartLine)
        {
            region.EndLine = loc.EndLine;
            if (loc.EndColumn > 0 && (loc.EndLine > region.StartLine || region.StartColumn is null || loc.EndColumn >= region.StartColumn))
                region.EndColumn = loc.EndColumn;
        }
        var address = IacAddress(f);
        return new SarifLocation
        {
            PhysicalLocation = new() { ArtifactLocation = new() { Uri = uri }, Region = region },
            LogicalLocations = address is null ? null : [new() { Name = f.ResourceName, FullyQualifiedName = address }],
        };
    }

    /// <summary>Terraform address or CloudFormation logical id.</summary>
    public static string? IacAddress(Finding f)
    {
        if (!string.IsNullOrWhiteSpace(f.ResourceAddress)) return f.ResourceAddress;
        if (!string.IsNullOrWhiteSpace(f.Location?.LogicalName)) return f.Location.LogicalName;
        var hash = f.ResourceKey.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 && hash < f.ResourceKey.Length - 1 ? f.ResourceKey[(hash + 1)..] : null;
    }

    private static SarifLocation Live(Finding f) => new()
    {
        PhysicalLocation = new()
        {
            ArtifactLocation = new() { Uri = LivePath(f) },
            Region = new() { StartLine = 1, StartColumn = 1, EndLine = 1, EndColumn = 1 },
        },
        LogicalLocations = [new() { Name = f.ResourceName ?? f.ResourceId, FullyQualifiedName = f.ResourceArn ?? f.ResourceKey }],
    };

    /// <summary><c>aws/&lt;account&gt;/&lt;region&gt;/&lt;kind&gt;/&lt;id&gt;</c>, each segment percent-encoded; "global" for region-less ARNs.</summary>
    public static string LivePath(Finding f)
    {
        var arn = Arn.TryParse(f.ResourceArn) ?? Arn.TryParse(f.ResourceKey);
        var account = FirstNonBlank(f.AccountId, arn?.AccountId) ?? "unknown-account";
        var region = FirstNonBlank(f.Region, arn?.Region) ?? "global";
        var id = FirstNonBlank(f.ResourceId, arn?.ResourceId, f.ResourceName) ?? f.Fingerprint;
        return string.Join('/', "aws", UriPaths.EncodeSegment(account), UriPaths.EncodeSegment(region),
            UriPaths.EncodeSegment(f.ResourceKind), UriPaths.EncodeSegment(id));
    }

    private static string? FirstNonBlank(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
