namespace Scanner.AwsEmulator.World;

/// <summary>What one account owns in one region.</summary>
public sealed class EmulatedRegion
{
    public EmulatedRegion(string accountId, string name) { AccountId = accountId; Name = name; }

    public string AccountId { get; }
    public string Name { get; }

    public List<EmulatedGateway> Gateways { get; } = [];
    public List<EmulatedConfiguration> Configurations { get; } = [];
    public List<EmulatedServiceNetwork> ServiceNetworks { get; } = [];
    public List<EmulatedVpcAssociation> VpcAssociations { get; } = [];
    public List<EmulatedResourceAssociation> ResourceAssociations { get; } = [];
    public List<EmulatedService> Services { get; } = [];
    public List<EmulatedServiceAssociation> ServiceAssociations { get; } = [];
    public List<EmulatedAccessLog> AccessLogs { get; } = [];
    public List<EmulatedShare> Shares { get; } = [];
    public List<EmulatedVpcEndpoint> VpcEndpoints { get; } = [];
    public List<EmulatedSecurityGroup> SecurityGroups { get; } = [];
    public List<EmulatedNetworkInterface> NetworkInterfaces { get; } = [];

    /// <summary>VPCs of the account beyond those its other resources already name.</summary>
    public List<string> Vpcs { get; } = [];

    /// <summary>Every VPC of the account here: the listed ones and those its gateways, endpoints, groups, interfaces and associations sit in.</summary>
    public IEnumerable<string> VpcIds =>
        Vpcs.Concat(Gateways.Select(g => g.VpcId)).Concat(VpcEndpoints.Select(e => e.VpcId)).Concat(SecurityGroups.Select(g => g.VpcId))
            .Concat(NetworkInterfaces.Select(n => n.VpcId)).Concat(VpcAssociations.Select(a => a.VpcId))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>Tags by resource ARN.</summary>
    public Dictionary<string, Dictionary<string, string>> Tags { get; } = new(StringComparer.Ordinal);

    public string LatticeArn(string type, string id) => EmulatedArns.Lattice(Name, AccountId, type, id);
}
