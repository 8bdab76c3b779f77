using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Collectors.Aws.Tests.Support;

/// <summary>Expected keys (ARNs) of the field-report organization, spelled out once.</summary>
internal static class Keys
{
    public static string Lattice(string region, string account, string type, string id) => $"arn:aws:vpc-lattice:{region}:{account}:{type}/{id}";
    public static string Ec2Arn(string region, string account, string type, string id) => $"arn:aws:ec2:{region}:{account}:{type}/{id}";
    public static string Share(string account, string id) => $"arn:aws:ram:{Tokyo}:{account}:resource-share/{id}";

    public static string Config(string id, string account = Provider) => Lattice(Tokyo, account, "resourceconfiguration", id);
    public static string Gateway(string id) => Lattice(Tokyo, Provider, "resourcegateway", id);
    public static string Sg(string account, string id, string region = Tokyo) => Ec2Arn(region, account, "security-group", id);
    public static string Endpoint(string account, string id) => Ec2Arn(Tokyo, account, "vpc-endpoint", id);
    public static string TokyoNet => Lattice(Tokyo, AppConsumer, "servicenetwork", TokyoNetwork);
    public static string OrdersApi => Lattice(Tokyo, Provider, "service", OrdersService);
    public static string HelloLambda => Lattice(Tokyo, AppConsumer, "service", HelloService);
    public static string VirginiaNet => Lattice(Virginia, AppConsumer, "servicenetwork", VirginiaNetwork);
}
