namespace Scanner.FakeAws;

/// <summary>The ids of <see cref="FakeScenarios.FieldReportOrganization"/>, for assertions.</summary>
public static class FieldReportIds
{
    public const string OrganizationId = "o-fieldrep01";
    public const string RootId = "r-fr01";
    public const string WorkloadsOu = "ou-fr01-workload";
    public const string SandboxOu = "ou-fr01-sandbox1";

    public const string Management = "100000000001";
    public const string Provider = "200000000002";
    public const string AppConsumer = "200000000003";
    public const string Analytics = "200000000004";
    public const string Suspended = "200000000005";
    public const string ExternalPartner = "999999999999";

    public const string Tokyo = "ap-northeast-1";
    public const string Virginia = "us-east-1";
    public const string RoleName = "LatticeScanReadOnly";

    public const string AuroraGateway = "rgw-aurora00000000000";
    public const string SqlServerGateway = "rgw-sqlsrv00000000000";
    public const string AuroraConfig = "rcfg-aurora00000000000";
    public const string SqlServerConfig = "rcfg-sqlsrv00000000000";
    public const string ReportingGroup = "rcfg-rptgroup000000000";
    public const string ReportingChild = "rcfg-rptchild000000000";
    public const string ExternalConfig = "rcfg-extern00000000000";
    public const string SuspendedConfig = "rcfg-legacy00000000000";
    public const string SqlServerIp = "10.1.2.50";
    public const string RdsInterface = "eni-0rds0000000000001";

    public const string GatewayTightSg = "sg-0gwtight000000001";
    public const string GatewayOpenSg = "sg-0gwopen0000000001";
    public const string EndpointTightSg = "sg-0eptight000000001";
    public const string EndpointOpenSg = "sg-0epopen0000000001";
    public const string AppClientSg = "sg-0appclient0000001";
    public const string AnalyticsEndpointSg = "sg-0epanalytic000001";
    public const string AssociationSg = "sg-0assoc00000000001";
    public const string AnalyticsAssociationSg = "sg-0assocana00000001";

    public const string AuroraEndpoint = "vpce-0c1a1000000000000";
    public const string SqlServerEndpoint = "vpce-0c1a2000000000000";
    public const string AnalyticsNetworkEndpoint = "vpce-0c2b1000000000000";
    public const string ExternalEndpoint = "vpce-0c2b2000000000000";

    public const string TokyoNetwork = "sn-c1tokyo0000000000";
    public const string VirginiaNetwork = "sn-c1virginia0000000";
    public const string TokyoResourceAssociation = "snra-0c1a0000000000001";
    public const string TokyoVpcAssociation = "snva-c1tokyo0000000001";
    public const string VirginiaVpcAssociation = "snva-c1virginia0000001";
    public const string AnalyticsVpcAssociation = "snva-c2anatokyo0000001";
    public const string AnalyticsVpc = "vpc-0ana0000000000002";
    public const string AuroraAccessLog = "als-aurora00000000001";
    public const string VirginiaNetworkAccessLog = "als-c1virginia0000001";

    public const string OrdersService = "svc-0prvorders000000a";
    public const string HelloService = "svc-0c1hello000000001";
    public const string OrdersTokyoAssociation = "snsa-0prvorders0000001";
    public const string HelloTokyoAssociation = "snsa-0c1hello000000001";
    public const string OrdersAccessLog = "als-0prvorders0000001";

    public const string InsideShare = "11111111-1111-4111-8111-111111111111";
    public const string OutsideShare = "22222222-2222-4222-8222-222222222222";
    public const string NetworkShare = "33333333-3333-4333-8333-333333333333";
    public const string ExternalShare = "44444444-4444-4444-8444-444444444444";
    public const string OrdersShare = "66666666-6666-4666-8666-666666666666";
}
