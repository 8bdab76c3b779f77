using Scanner.Core.Inventory;

namespace Scanner.Reporting.Common;

/// <summary>The lower-case words used for <see cref="ResourceOrigin"/> in SARIF properties and the JSON report.</summary>
internal static class OriginNames
{
    public static string ToName(ResourceOrigin origin) => origin switch
    {
        ResourceOrigin.Terraform => "terraform",
        ResourceOrigin.CloudFormation => "cloudformation",
        _ => "aws",
    };

    public static bool TryParse(string? text, out ResourceOrigin origin)
    {
        switch (text)
        {
            case "terraform": origin = ResourceOrigin.Terraform; return true;
            case "cloudformation": origin = ResourceOrigin.CloudFormation; return true;
            case "aws": origin = ResourceOrigin.Aws; return true;
            default: origin = ResourceOrigin.Aws; return false;
        }
    }
}
