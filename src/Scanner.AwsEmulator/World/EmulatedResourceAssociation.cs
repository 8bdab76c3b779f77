namespace Scanner.AwsEmulator.World;

/// <summary>A service-network resource association, owned by the service network's account.</summary>
public sealed record EmulatedResourceAssociation(string Id, string ServiceNetworkArn, string ResourceConfigurationArn);
