namespace Scanner.Collectors.Aws.Protocol;

/// <summary>
/// Where to send a call and how to sign it. <see cref="SigningRegion"/> is always explicit: with an endpoint override
/// the region cannot be read from the host name, and guessing it would read one region's data for every region.
/// </summary>
public sealed record AwsEndpoint(Uri Url, string SigningRegion, string SigningName, bool IsOverride);
