using Scanner.Collectors.Aws.Ec2;
using Scanner.Collectors.Aws.Organizations;
using Scanner.Collectors.Aws.Protocol;
using Scanner.Collectors.Aws.Ram;
using Scanner.Collectors.Aws.Sts;
using Scanner.Collectors.Aws.VpcLattice;

namespace Scanner.Collectors.Aws;

/// <summary>The default factory: thin clients for VPC Lattice, RAM, Organizations; AWSSDK.EC2 and AWSSDK.SecurityToken.</summary>
public sealed class AwsClientFactory : IAwsClientFactory
{
    public static AwsClientFactory Instance { get; } = new();

    public IVpcLatticeClient VpcLattice(AwsClientOptions options) => new VpcLatticeClient(options);
    public IRamClient Ram(AwsClientOptions options) => new RamClient(options);
    public IEc2Inventory Ec2(AwsClientOptions options) => new Ec2Inventory(options);
    public IOrganizationsClient Organizations(AwsClientOptions options) => new OrganizationsClient(options);
    public ISecurityTokenClient Sts(AwsClientOptions options) => new SecurityTokenClient(options);
}
