namespace Scanner.AwsEmulator.World;

/// <summary>ARN builders in the formats of the service models (partition aws).</summary>
public static class EmulatedArns
{
    public static string Lattice(string region, string account, string type, string id) => $"arn:aws:vpc-lattice:{region}:{account}:{type}/{id}";
    public static string Ec2(string region, string account, string type, string id) => $"arn:aws:ec2:{region}:{account}:{type}/{id}";
    public static string Share(string region, string account, string id) => $"arn:aws:ram:{region}:{account}:resource-share/{id}";
    public static string Role(string account, string name) => $"arn:aws:iam::{account}:role/{name}";
}
