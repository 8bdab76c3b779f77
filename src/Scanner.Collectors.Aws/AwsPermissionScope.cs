namespace Scanner.Collectors.Aws;

public enum AwsPermissionScope
{
    /// <summary>Needed in every scanned account (granted by the read-only role, and to the scanner in its own account).</summary>
    ScannedAccount,
    /// <summary>Needed only by the scanning principal (management account or delegated administrator): Organizations and STS.</summary>
    Scanner,
}
