namespace Scanner.AwsEmulator;

/// <summary>Credentials the emulator issued or knows: static keys of an account, or a session from AssumeRole.</summary>
public sealed record EmulatedCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken, string AccountId, string PrincipalArn);
