using Scanner.Core.Inventory;

namespace Scanner.Reporting.Asff;

/// <summary>
/// Security Hub resource types for inventory kinds. Security Hub has types for EC2 security groups and network
/// interfaces; VPC Lattice resources, RAM shares and VPC endpoints have none, so they are <c>Other</c> (with
/// <c>Details.Other</c> naming the kind).
/// </summary>
internal static class AsffResourceTypes
{
    public const string Other = "Other";

    public static string For(string kind) => kind switch
    {
        ResourceKinds.SecurityGroup => "AwsEc2SecurityGroup",
        ResourceKinds.NetworkInterface => "AwsEc2NetworkInterface",
        _ => Other,
    };
}
