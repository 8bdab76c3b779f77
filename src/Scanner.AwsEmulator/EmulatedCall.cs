namespace Scanner.AwsEmulator;

/// <summary>One request the emulator answered: who (account from the credentials), where (region from the signature), what.</summary>
public sealed record EmulatedCall(string? AccountId, string Region, string Service, string Operation, int StatusCode, string? ErrorCode)
{
    /// <summary>The IAM action form, <c>vpc-lattice:ListResourceGateways</c>.</summary>
    public string Action => $"{Service}:{Operation}";
}
