namespace Scanner.AwsEmulator.World;

/// <summary>What one account owns in one region.</summary>
public sealed class FakeRegion
{
    public FakeRegion(string accountId, string name) { AccountId = accountId; Name = name; }

    public string AccountId { get; }
    public string Name { get; }

    public List<FakeGateway> Gateways { get; } = [];
    public List<FakeConfiguration> Configurations { get; } = [];
    public List<FakeServiceNetwork> ServiceNetworks { get; } = [];
    public List<FakeVpcAssociation> VpcAssociations { get; } = [];
    public List<FakeResourceAssociation> ResourceAssociations { get; } = [];
    public List<FakeService> Services { get; } = [];
    public List<FakeServiceAssociation> ServiceAssociations { get; } = [];
    public List<FakeAccessLog> AccessLogs { get; } = [];
    public List<FakeShare> Shares { get; } = [];
    public List<FakeVpcEndpoint> VpcEndpoints { get; } = [];
    public List<FakeSecurityGroup> SecurityGroups { get; } = [];
    public List<FakeNetworkInterface> NetworkInterfaces { get; } = [];

    /// <summary>VPCs of the account beyond those its other resources already name.</summary>
    public List<string> Vpcs { get; } = [];

    /// <summary>Every VPC of the account here: the listed ones and those its gateways, endpoints, groups, interfaces and associations sit in.</summary>
    public IEnumerable<string> VpcIds =>
        Vpcs.Concat(Gateways.Select(g => g.VpcId)).Concat(VpcEndpoints.Select(e => e.VpcId)).Concat(SecurityGroups.Select(g => g.VpcId))
            .Concat(NetworkInterfaces.Select(n => n.VpcId)).Concat(VpcAssociations.Select(a => a.VpcId))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>Tags by resource ARN.</summary>
    public Dictionary<string, Dictionary<string, string>> Tags { get; } = new(StringComparer.Ordinal);

    public string LatticeArn(string type, string id) => FakeArns.Lattice(Name, AccountId, type, id);
}
