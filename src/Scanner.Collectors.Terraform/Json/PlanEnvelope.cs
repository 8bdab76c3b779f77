using System.Text.Json;
using Scanner.Core.Collection;

namespace Scanner.Collectors.Terraform.Json;

/// <summary>
/// Decides whether a parsed document is a plan this collector understands, and says what it looks like when
/// it is not (CloudFormation template, Terraform state) so the user knows which input they gave by mistake.
/// Accepted <c>format_version</c>: any <c>1.x</c>, and <c>0.1</c> (Terraform 0.12–0.15); HashiCorp changes the
/// major version only for incompatible changes, so other majors are rejected instead of misread.
/// </summary>
internal static class PlanEnvelope
{
    /// <summary>
    /// The top-level members the collector reads and the JSON type Terraform writes for each. Another type is
    /// not a plan this collector can read faithfully: reading it as empty would report a clean scan.
    /// </summary>
    private static readonly (string Name, JsonValueKind Kind)[] MemberTypes =
    [
        ("resource_changes", JsonValueKind.Array), ("planned_values", JsonValueKind.Object), ("configuration", JsonValueKind.Object),
        ("prior_state", JsonValueKind.Object), ("variables", JsonValueKind.Object), ("resource_drift", JsonValueKind.Array),
    ];

    public static void Validate(JsonElement root, string file, ReadOnlySpan<byte> utf8 = default, int maxDepth = 64)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new InputException(file, $"not a Terraform plan: the JSON root is {Describe(root.ValueKind)}, expected an object with format_version and resource_changes");

        if (root.Member("AWSTemplateFormatVersion") is not null || LooksLikeCloudFormation(root))
            throw new InputException(file, "not a Terraform plan: this looks like a CloudFormation template (AWSTemplateFormatVersion/Resources); scan it with the CloudFormation input");
        if (root.Member("lineage") is not null || (root.Member("serial") is not null && root.Member("version") is not null))
            throw new InputException(file, "not a Terraform plan: this looks like a Terraform state file (terraform.tfstate); give the JSON of a plan: terraform plan -out PLANFILE && terraform show -json PLANFILE");

        var version = root.Member("format_version");
        if (version is null)
            throw new InputException(file, "not a Terraform plan: no format_version (expected the output of terraform show -json PLANFILE)");
        if (version.Value.ValueKind != JsonValueKind.String)
            throw new InputException(file, $"not a Terraform plan: format_version is {Describe(version.Value.ValueKind)}, expected a string such as \"1.2\"");

        var isPlan = root.Member("resource_changes") is not null || root.Member("planned_values") is not null;
        if (!isPlan && root.Member("values") is not null)
            throw new InputException(file, "not a Terraform plan: this looks like Terraform state JSON (terraform show -json without a plan file); give the JSON of a plan: terraform show -json PLANFILE");
        if (!isPlan)
            throw new InputException(file, "not a Terraform plan: no resource_changes or planned_values");

        var text = version.Value.GetString()!;
        if (!IsSupported(text))
            throw new InputException(file, $"unsupported plan format_version \"{text}\" (supported: 1.x, and 0.1 from Terraform 0.12-0.15)");

        foreach (var (name, kind) in MemberTypes)
        {
            if (root.Member(name) is not { } member || member.ValueKind == kind || member.ValueKind == JsonValueKind.Null) continue;
            var (line, column) = utf8.IsEmpty ? (0, 0) : TopLevelMemberPosition.Find(utf8, name, maxDepth);
            throw new InputException(file, $"malformed plan: '{name}' is {Describe(member.ValueKind)}, expected {Describe(kind)}", line, column);
        }
    }

    public static bool IsSupported(string version)
    {
        if (version == "0.1") return true;
        var dot = version.IndexOf('.');
        if (dot < 0 || version[..dot] != "1") return false;
        var minor = version[(dot + 1)..];
        return minor.Length > 0 && minor.All(char.IsAsciiDigit);
    }

    private static bool LooksLikeCloudFormation(JsonElement root) =>
        root.ObjectMember("Resources") is { } resources &&
        resources.EnumerateObject().Any(r => r.Value.StringMember("Type") is { } t && t.Contains("::", StringComparison.Ordinal));

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };
}
