namespace Scanner.Core.Inventory;

/// <summary>
/// The lower-case words for <see cref="ResourceOrigin"/> wherever an origin is written or read as text: reports, snapshots,
/// the <c>origin</c> property rules read. A switch rather than the enum's name, which the native binary finds by reflection.
/// </summary>
public static class OriginNames
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
