namespace Scanner.Collectors.Aws.Protocol;

/// <summary>
/// One AWS service as the clients need it: the SigV4 signing name (also the IAM prefix), the endpoint prefix, the
/// suffix of its <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c> variable, and whether it is global (one endpoint per partition).
/// </summary>
public sealed record AwsService(string SigningName, string EndpointPrefix, string EnvironmentKey, bool IsGlobal = false)
{
    public static AwsService VpcLattice { get; } = new("vpc-lattice", "vpc-lattice", "VPC_LATTICE");
    public static AwsService Ram { get; } = new("ram", "ram", "RAM");
    public static AwsService Organizations { get; } = new("organizations", "organizations", "ORGANIZATIONS", IsGlobal: true);
    public static AwsService Ec2 { get; } = new("ec2", "ec2", "EC2");
    public static AwsService Sts { get; } = new("sts", "sts", "STS");

    public static IReadOnlyList<AwsService> All { get; } = [VpcLattice, Ram, Organizations, Ec2, Sts];
}
