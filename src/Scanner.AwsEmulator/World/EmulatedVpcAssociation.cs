namespace Scanner.AwsEmulator.World;

/// <summary>A service-network VPC association, owned by the VPC's account.</summary>
public sealed record EmulatedVpcAssociation(string Id, string ServiceNetworkArn, string VpcId, IReadOnlyList<string> SecurityGroupIds);
