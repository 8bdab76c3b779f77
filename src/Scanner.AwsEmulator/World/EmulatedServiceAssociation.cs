namespace Scanner.AwsEmulator.World;

/// <summary>
/// A service placed in a service network, owned by the account that created it (the service's owner, or the network's
/// owner when it placed a service shared with it).
/// </summary>
public sealed record EmulatedServiceAssociation(string Id, string ServiceNetworkArn, string ServiceArn);
