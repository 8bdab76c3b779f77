namespace Scanner.Collectors.Aws.Sts;

/// <summary>GetCallerIdentity's answer.</summary>
public sealed record CallerIdentity(string Account, string Arn);
