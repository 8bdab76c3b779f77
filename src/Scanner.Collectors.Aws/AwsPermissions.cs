using System.Text;
using System.Text.Json;

namespace Scanner.Collectors.Aws;

/// <summary>
/// The single list of operations the AWS collector may call. The least-privilege policy (docs/iam-policy.json), the
/// StackSet role template and AccessDenied messages are derived from it, and tests check the fake AWS saw nothing
/// else. Everything here is a read.
/// </summary>
public static class AwsPermissions
{
    private const AwsPermissionScope Member = AwsPermissionScope.ScannedAccount;
    private const AwsPermissionScope Scanner = AwsPermissionScope.Scanner;

    public static IReadOnlyList<AwsPermission> All { get; } =
    [
        new("vpc-lattice", "ListResourceGateways", Member, "resource gateways"),
        new("vpc-lattice", "GetResourceGateway", Member, "gateway security groups and subnets"),
        new("vpc-lattice", "ListResourceConfigurations", Member, "owned and shared resource configurations, group children"),
        new("vpc-lattice", "GetResourceConfiguration", Member, "port ranges, protocol, target definition, shareable-network flag"),
        new("vpc-lattice", "ListResourceEndpointAssociations", Member, "endpoints (any account) consuming an owned configuration"),
        new("vpc-lattice", "ListServiceNetworks", Member, "owned and shared service networks"),
        new("vpc-lattice", "GetServiceNetwork", Member, "auth type and sharing configuration"),
        new("vpc-lattice", "ListServiceNetworkResourceAssociations", Member, "configurations placed in service networks"),
        new("vpc-lattice", "ListServiceNetworkVpcAssociations", Member, "VPCs joined to service networks, per visible network and per own VPC"),
        new("vpc-lattice", "GetServiceNetworkVpcAssociation", Member, "association security groups"),
        new("vpc-lattice", "ListServiceNetworkVpcEndpointAssociations", Member, "ServiceNetwork endpoints of an owned network"),
        new("vpc-lattice", "ListServices", Member, "owned and shared VPC Lattice services"),
        new("vpc-lattice", "GetService", Member, "service auth type"),
        new("vpc-lattice", "ListServiceNetworkServiceAssociations", Member, "services placed in service networks, per visible network and per own service"),
        new("vpc-lattice", "ListAccessLogSubscriptions", Member, "access logs of configurations, networks and services"),
        new("vpc-lattice", "GetAuthPolicy", Member, "auth policies of service networks and services"),
        new("vpc-lattice", "GetResourcePolicy", Member, "resource policies of networks, configurations and services"),
        new("vpc-lattice", "ListTagsForResource", Member, "tags (inline suppressions)"),
        new("ram", "GetResourceShares", Member, "shares owned by and shared with the account"),
        new("ram", "ListResources", Member, "resources in those shares"),
        new("ram", "GetResourceShareAssociations", Member, "principals of owned shares, with status and RAM's external flag"),
        new("ram", "ListResourceSharePermissions", Member, "RAM permissions of owned shares"),
        new("ec2", "DescribeVpcEndpoints", Member, "Resource and ServiceNetwork endpoints"),
        new("ec2", "DescribeSecurityGroups", Member, "rules of gateway, endpoint and association security groups"),
        new("ec2", "DescribeNetworkInterfaces", Member, "interfaces holding IP targets (RDS-owned or not)"),
        new("ec2", "DescribeVpcs", Member, "the account's VPCs, to list their service-network associations"),
        new("ec2", "DescribeRegions", Scanner, "enabled regions for --region all"),
        new("organizations", "DescribeOrganization", Scanner, "organization id"),
        new("organizations", "ListAccounts", Scanner, "member accounts and their status"),
        new("organizations", "ListChildren", Scanner, "child OUs under --ou"),
        new("organizations", "ListAccountsForParent", Scanner, "accounts under --ou"),
        new("sts", "GetCallerIdentity", Scanner, "the scanning account"),
        new("sts", "AssumeRole", Scanner, "the read-only role in each member account"),
    ];

    /// <summary>The actions the read-only role in member accounts needs.</summary>
    public static IReadOnlyList<string> MemberActions { get; } =
        All.Where(p => p.Scope == Member).Select(p => p.IamAction).Distinct().Order(StringComparer.Ordinal).ToArray();

    private static readonly Dictionary<(string, string), AwsPermission> ByOperation = All.ToDictionary(p => (p.Service, p.Operation));

    public static AwsPermission? Find(string service, string operation) => ByOperation.GetValueOrDefault((service, operation));

    /// <summary>
    /// The least-privilege policy for the scanning principal: every read on <c>*</c> (these list and describe actions
    /// do not support resource-level scoping), and <c>sts:AssumeRole</c> on the read-only role in any account.
    /// </summary>
    public static string PolicyDocument(string roleName = AwsScanOptions.DefaultRoleName)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("Version", "2012-10-17");
            w.WriteStartArray("Statement");
            Statement(w, "LatticeScanReadInventory", All.Where(p => p.Service != "sts").Select(p => p.IamAction), "*");
            Statement(w, "LatticeScanIdentity", ["sts:GetCallerIdentity"], "*");
            Statement(w, "LatticeScanAssumeReadOnlyRole", ["sts:AssumeRole"], $"arn:aws:iam::*:role/{roleName}");
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void Statement(Utf8JsonWriter w, string sid, IEnumerable<string> actions, string resource)
    {
        w.WriteStartObject();
        w.WriteString("Sid", sid);
        w.WriteString("Effect", "Allow");
        w.WriteStartArray("Action");
        foreach (var a in actions.Distinct().Order(StringComparer.Ordinal)) w.WriteStringValue(a);
        w.WriteEndArray();
        w.WriteString("Resource", resource);
        w.WriteEndObject();
    }
}
