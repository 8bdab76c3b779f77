namespace Scanner.Reporting.Asff;

/// <summary>
/// Where ASFF findings are imported: the Security Hub account and Region. The product ARN is that account's
/// custom integration (<c>arn:aws:securityhub:REGION:ACCOUNT:product/ACCOUNT/default</c>), and every finding's
/// <c>AwsAccountId</c> is this account, because BatchImportFindings with the default product ARN accepts only
/// findings whose <c>AwsAccountId</c> is the calling account. The resource's own account stays in its ARN and in
/// <c>ProductFields</c>.
/// </summary>
public sealed record AsffTarget(string AccountId, string Region)
{
    /// <summary>aws, aws-cn or aws-us-gov, from the Region's name.</summary>
    public string Partition => Region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
        : Region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov"
        : "aws";

    public string ProductArn => $"arn:{Partition}:securityhub:{Region}:{AccountId}:product/{AccountId}/default";
}
