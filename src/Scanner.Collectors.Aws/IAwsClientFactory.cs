using Scanner.Collectors.Aws.Ec2;
using Scanner.Collectors.Aws.Organizations;
using Scanner.Collectors.Aws.Protocol;
using Scanner.Collectors.Aws.Ram;
using Scanner.Collectors.Aws.Sts;
using Scanner.Collectors.Aws.VpcLattice;

namespace Scanner.Collectors.Aws;

/// <summary>Creates the clients for one account and region (the seam where the official SDK packages can come in).</summary>
public interface IAwsClientFactory
{
    IVpcLatticeClient VpcLattice(AwsClientOptions options);
    IRamClient Ram(AwsClientOptions options);
    IEc2Inventory Ec2(AwsClientOptions options);
    IOrganizationsClient Organizations(AwsClientOptions options);
    ISecurityTokenClient Sts(AwsClientOptions options);
}
