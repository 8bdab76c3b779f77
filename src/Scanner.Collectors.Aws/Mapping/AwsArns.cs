namespace Scanner.Collectors.Aws.Mapping;

/// <summary>ARNs of resources whose API responses carry only an id.</summary>
internal static class AwsArns
{
    public static string Partition(string region) => Protocol.AwsEndpointResolver.PartitionOf(region);

    public static string Ec2(string region, string account, string type, string id) => $"arn:{Partition(region)}:ec2:{region}:{account}:{type}/{id}";

    public static string SecurityGroup(string region, string account, string id) => Ec2(region, account, "security-group", id);

    public static string VpcEndpoint(string region, string account, string id) => Ec2(region, account, "vpc-endpoint", id);

    public static string NetworkInterface(string region, string account, string id) => Ec2(region, account, "network-interface", id);

    public static string Lattice(string region, string account, string type, string id) => $"arn:{Partition(region)}:vpc-lattice:{region}:{account}:{type}/{id}";
}
