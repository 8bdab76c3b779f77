namespace Scanner.Core.Schema;

/// <summary>Properties every resource has, whatever its kind (identity and provenance).</summary>
public static class CommonProperties
{
    public static PropertySchema Arn { get; } = Declare.String("The ARN, when known (live resources; IaC resources rarely). Identity is read from the resource itself, never repeated in its property map (docs/normalisation.md).");
    public static PropertySchema Id { get; } = Declare.String("The AWS id (rgw-…, rcfg-…, sg-…), when known.");
    public static PropertySchema Name { get; } = Declare.String("The resource name (unknown while a plan or template does not know it).");
    public static PropertySchema AccountId { get; } = Declare.String("Owning account (12 digits), from the ARN, the collector or the plan.");
    public static PropertySchema Region { get; } = Declare.String("AWS region.");
    public static PropertySchema Address { get; } = Declare.String("Terraform address or CloudFormation logical id.");
    public static PropertySchema Kind { get; } = Declare.String("The resource kind.");
    public static PropertySchema Origin { get; } = Declare.String("terraform, cloudformation or aws.");
    public static PropertySchema Tags { get; } = Declare.Map("Tags as key → value, keys in ordinal order.");

    public static IReadOnlyList<PropertySchema> All { get; } = [Arn, Id, Name, AccountId, Region, Address, Kind, Origin, Tags];
}
