using Scanner.Collectors.Aws.Ec2;
using Scanner.Collectors.Aws.Organizations;
using Scanner.Collectors.Aws.Protocol;
using Scanner.Collectors.Aws.Ram;
using Scanner.Collectors.Aws.Sts;
using Scanner.Collectors.Aws.VpcLattice;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Collectors.Aws.Tests.Conformance;

/// <summary>
/// Every operation of <see cref="AwsPermissions"/> with every parameter combination the collector sends (page sizes
/// as the clients set them), against the field-report organization. Inputs are spelled as the service models (and so
/// the official clients) name members; the thin side is the project's client doing the same logical call, first page.
/// </summary>
internal static class ConformanceCalls
{
    private static string Arn(string region, string account, string type, string id) => $"arn:aws:vpc-lattice:{region}:{account}:{type}/{id}";
    private static readonly string AuroraArn = Arn(Tokyo, Provider, "resourceconfiguration", AuroraConfig);
    private static readonly string SqlServerArn = Arn(Tokyo, Provider, "resourceconfiguration", SqlServerConfig);
    private static readonly string VirginiaNet = Arn(Virginia, AppConsumer, "servicenetwork", VirginiaNetwork);
    private static readonly string TokyoNet = Arn(Tokyo, AppConsumer, "servicenetwork", TokyoNetwork);
    private static readonly string OrdersArn = Arn(Tokyo, Provider, "service", OrdersService);
    private static readonly string HelloArn = Arn(Tokyo, AppConsumer, "service", HelloService);
    private static readonly string Inside = $"arn:aws:ram:{Tokyo}:{Provider}:resource-share/{InsideShare}";
    private static readonly string Outside = $"arn:aws:ram:{Tokyo}:{Provider}:resource-share/{OutsideShare}";
    private static readonly string Network = $"arn:aws:ram:{Tokyo}:{AppConsumer}:resource-share/{NetworkShare}";

    private const string Items = "items";
    private const string Token = "nextToken";

    public static IReadOnlyList<ConformanceCall> All { get; } =
    [
        // VPC Lattice (rest-json), page size 100 as VpcLatticeClient sends it.
        new("vpc-lattice", "ListResourceGateways", "all", Provider, Tokyo, """{"maxResults":100}""",
            ["items[].id", "items[].arn", "items[].name", "items[].status", "items[].vpcIdentifier"], o => First(L(o).ListResourceGatewaysAsync()))
            { ItemsMember = Items, TokenMember = Token, MinItems = 2 },
        new("vpc-lattice", "GetResourceGateway", "by id", Provider, Tokyo, $$"""{"resourceGatewayIdentifier":"{{AuroraGateway}}"}""",
            ["id", "arn", "vpcId", "subnetIds[]", "securityGroupIds[]", "ipAddressType", "status"], o => L(o).GetResourceGatewayAsync(AuroraGateway)),
        new("vpc-lattice", "ListResourceConfigurations", "all", Provider, Tokyo, """{"maxResults":100}""",
            ["items[].id", "items[].arn", "items[].name", "items[].type", "items[].status", "?items[].resourceGatewayId", "?items[].resourceConfigurationGroupId"],
            o => First(L(o).ListResourceConfigurationsAsync())) { ItemsMember = Items, TokenMember = Token, MinItems = 3 },
        new("vpc-lattice", "ListResourceConfigurations", "children of a group", Provider, Tokyo,
            $$"""{"resourceConfigurationGroupIdentifier":"{{ReportingGroup}}","maxResults":100}""",
            ["items[].id", "items[].arn", "items[].resourceConfigurationGroupId"], o => First(L(o).ListResourceConfigurationsAsync(null, ReportingGroup)))
            { ItemsMember = Items, TokenMember = Token, MinItems = 1 },
        new("vpc-lattice", "GetResourceConfiguration", "by ARN", Provider, Tokyo, $$"""{"resourceConfigurationIdentifier":"{{SqlServerArn}}"}""",
            ["id", "arn", "type", "portRanges[]", "protocol", "allowAssociationToShareableServiceNetwork", "resourceConfigurationDefinition"],
            o => L(o).GetResourceConfigurationAsync(SqlServerArn)),
        new("vpc-lattice", "ListResourceEndpointAssociations", "by configuration id", Provider, Tokyo,
            $$"""{"resourceConfigurationIdentifier":"{{AuroraConfig}}","maxResults":100}""",
            ["items[].id", "items[].vpcEndpointId", "items[].vpcEndpointOwner", "items[].resourceConfigurationArn"],
            o => First(L(o).ListResourceEndpointAssociationsAsync(AuroraConfig))) { ItemsMember = Items, TokenMember = Token, MinItems = 1 },
        new("vpc-lattice", "ListServiceNetworks", "all", AppConsumer, Virginia, """{"maxResults":100}""",
            ["items[].id", "items[].arn", "items[].name"], o => First(L(o).ListServiceNetworksAsync())) { ItemsMember = Items, TokenMember = Token, MinItems = 1 },
        new("vpc-lattice", "GetServiceNetwork", "by ARN", AppConsumer, Virginia, $$"""{"serviceNetworkIdentifier":"{{VirginiaNet}}"}""",
            ["id", "arn", "name", "authType", "sharingConfig.enabled"], o => L(o).GetServiceNetworkAsync(VirginiaNet)),
        new("vpc-lattice", "ListServiceNetworkResourceAssociations", "by configuration ARN", Provider, Tokyo,
            $$"""{"resourceConfigurationIdentifier":"{{AuroraArn}}","maxResults":100}""",
            ["items[].id", "items[].arn", "items[].serviceNetworkArn", "items[].resourceConfigurationArn", "items[].status"],
            o => First(L(o).ListServiceNetworkResourceAssociationsAsync(resourceConfigurationIdentifier: AuroraArn)))
            { ItemsMember = Items, TokenMember = Token, MinItems = 1 },
        new("vpc-lattice", "ListServiceNetworkResourceAssociations", "by network ARN with children", AppConsumer, Tokyo,
            $$"""{"serviceNetworkIdentifier":"{{TokyoNet}}","includeChildren":true,"maxResults":100}""",
            ["items[].id", "items[].arn", "items[].serviceNetworkArn", "items[].resourceConfigurationArn", "items[].dnsEntry.domainName"],
            o => First(L(o).ListServiceNetworkResourceAssociationsAsync(TokyoNet, includeChildren: true))) { ItemsMember = Items, TokenMember = Token, MinItems = 1 },
        new("vpc-lattice", "ListServiceNetworkVpcAssociations", "by network ARN", AppConsumer, Virginia,
            $$"""{"serviceNetworkIdentifier":"{{VirginiaNet}}","maxResults":100}""",
            ["items[].id", "items[].arn", "items[].vpcId", "items[].serviceNetworkArn", "items[].status"],
            o => First(L(o).ListServiceNetworkVpcAssociationsAsync(serviceNetworkIdentifier: VirginiaNet))) { ItemsMember = Items, TokenMember = Token, MinItems = 1 },
        new("vpc-lattice", "ListServiceNetworkVpcAssociations", "by VPC", AppConsumer, Virginia,
            """{"vpcIdentifier":"vpc-0app0000000000009","maxResults":100}""",
            ["items[].id", "items[].arn", "items[].vpcId", "items[].serviceNetworkArn"],
            o => First(L(o).ListServiceNetworkVpcAssociationsAsync(vpcIdentifier: "vpc-0app0000000000009"))) { ItemsMember = Items, TokenMember = Token, MinItems = 1 },
        new("vpc-lattice", "GetServiceNetworkVpcAssociation", "by id", AppConsumer, Virginia,
            $$"""{"serviceNetworkVpcAssociationIdentifier":"{{VirginiaVpcAssociation}}"}""",
            ["id", "arn", "vpcId", "serviceNetworkArn", "securityGroupIds[]", "status"], o => L(o).GetServiceNetworkVpcAssociationAsync(VirginiaVpcAssociation)),
        new("vpc-lattice", "ListServiceNetworkVpcEndpointAssociations", "by network ARN", AppConsumer, Tokyo,
            $$"""{"serviceNetworkIdentifier":"{{TokyoNet}}","maxResults":100}""",
            ["items[].id", "items[].vpcEndpointId", "items[].vpcEndpointOwnerId", "items[].vpcId", "items[].state"],
            o => First(L(o).ListServiceNetworkVpcEndpointAssociationsAsync(TokyoNet))) { ItemsMember = Items, TokenMember = Token, MinItems = 1 },
        new("vpc-lattice", "ListServices", "all", Provider, Tokyo, """{"maxResults":100}""",
            ["items[].id", "items[].arn", "items[].name", "items[].status"], o => First(L(o).ListServicesAsync())) { ItemsMember = Items, TokenMember = Token, MinItems = 1 },
        new("vpc-lattice", "GetService", "by id", Provider, Tokyo, $$"""{"serviceIdentifier":"{{OrdersService}}"}""",
            ["id", "arn", "name", "authType", "status"], o => L(o).GetServiceAsync(OrdersService)),
        new("vpc-lattice", "GetService", "shared, by ARN", Analytics, Tokyo, $$"""{"serviceIdentifier":"{{OrdersArn}}"}""",
            ["id", "arn", "authType"], o => L(o).GetServiceAsync(OrdersArn)),
        new("vpc-lattice", "ListServiceNetworkServiceAssociations", "by network ARN", AppConsumer, Tokyo,
            $$"""{"serviceNetworkIdentifier":"{{TokyoNet}}","maxResults":100}""",
            ["items[].id", "items[].arn", "items[].createdBy", "items[].serviceArn", "items[].serviceNetworkArn", "items[].status"],
            o => First(L(o).ListServiceNetworkServiceAssociationsAsync(serviceNetworkIdentifier: TokyoNet))) { ItemsMember = Items, TokenMember = Token, MinItems = 2 },
        new("vpc-lattice", "ListServiceNetworkServiceAssociations", "by service ARN", Provider, Tokyo,
            $$"""{"serviceIdentifier":"{{OrdersArn}}","maxResults":100}""",
            ["items[].id", "items[].arn", "items[].createdBy", "items[].serviceArn", "items[].serviceNetworkArn"],
            o => First(L(o).ListServiceNetworkServiceAssociationsAsync(serviceIdentifier: OrdersArn))) { ItemsMember = Items, TokenMember = Token, MinItems = 1 },
        new("vpc-lattice", "ListAccessLogSubscriptions", "of a service", Provider, Tokyo, $$"""{"resourceIdentifier":"{{OrdersArn}}","maxResults":100}""",
            ["items[].id", "items[].arn", "items[].resourceArn", "items[].destinationArn"], o => First(L(o).ListAccessLogSubscriptionsAsync(OrdersArn)))
            { ItemsMember = Items, TokenMember = Token, MinItems = 1 },
        new("vpc-lattice", "ListAccessLogSubscriptions", "of a configuration", Provider, Tokyo, $$"""{"resourceIdentifier":"{{AuroraArn}}","maxResults":100}""",
            ["items[].id", "items[].arn", "items[].resourceArn", "items[].destinationArn"], o => First(L(o).ListAccessLogSubscriptionsAsync(AuroraArn)))
            { ItemsMember = Items, TokenMember = Token, MinItems = 1 },
        new("vpc-lattice", "ListAccessLogSubscriptions", "of a network", AppConsumer, Virginia, $$"""{"resourceIdentifier":"{{VirginiaNet}}","maxResults":100}""",
            ["items[].id", "items[].arn", "items[].resourceArn", "items[].destinationArn"], o => First(L(o).ListAccessLogSubscriptionsAsync(VirginiaNet)))
            { ItemsMember = Items, TokenMember = Token, MinItems = 1 },
        new("vpc-lattice", "GetAuthPolicy", "of a network", AppConsumer, Virginia, $$"""{"resourceIdentifier":"{{VirginiaNet}}"}""",
            ["policy", "state"], o => L(o).GetAuthPolicyAsync(VirginiaNet)),
        new("vpc-lattice", "GetAuthPolicy", "of a service", AppConsumer, Tokyo, $$"""{"resourceIdentifier":"{{HelloArn}}"}""",
            ["policy", "state"], o => L(o).GetAuthPolicyAsync(HelloArn)),
        new("vpc-lattice", "GetResourcePolicy", "of a service, none attached", Provider, Tokyo, $$"""{"resourceArn":"{{OrdersArn}}"}""",
            [], o => L(o).GetResourcePolicyAsync(OrdersArn)) { ExpectError = "ResourceNotFoundException" },
        new("vpc-lattice", "GetResourcePolicy", "of a network", AppConsumer, Virginia, $$"""{"resourceArn":"{{VirginiaNet}}"}""",
            ["policy"], o => L(o).GetResourcePolicyAsync(VirginiaNet)),
        new("vpc-lattice", "GetResourcePolicy", "of a configuration", Provider, Tokyo, $$"""{"resourceArn":"{{SqlServerArn}}"}""",
            ["policy"], o => L(o).GetResourcePolicyAsync(SqlServerArn)),
        new("vpc-lattice", "GetResourcePolicy", "none attached", Provider, Tokyo, $$"""{"resourceArn":"{{AuroraArn}}"}""",
            [], o => L(o).GetResourcePolicyAsync(AuroraArn)) { ExpectError = "ResourceNotFoundException" },
        new("vpc-lattice", "ListTagsForResource", "of a configuration", Provider, Tokyo, $$"""{"resourceArn":"{{AuroraArn}}"}""",
            ["tags.team"], o => L(o).ListTagsForResourceAsync(AuroraArn)),

        // RAM (rest-json, POST with a JSON body), page size 500.
        new("ram", "GetResourceShares", "owned", Provider, Tokyo, """{"resourceOwner":"SELF","resourceShareStatus":"ACTIVE","maxResults":500}""",
            ["resourceShares[].resourceShareArn", "resourceShares[].name", "resourceShares[].owningAccountId", "resourceShares[].status",
             "resourceShares[].allowExternalPrincipals", "resourceShares[].featureSet"],
            o => First(R(o).GetResourceSharesAsync(ResourceOwner.Self, "ACTIVE"))) { ItemsMember = "resourceShares", TokenMember = Token, MinItems = 2 },
        new("ram", "GetResourceShares", "shared with the account", AppConsumer, Tokyo, """{"resourceOwner":"OTHER-ACCOUNTS","resourceShareStatus":"ACTIVE","maxResults":500}""",
            ["resourceShares[].resourceShareArn", "resourceShares[].owningAccountId", "resourceShares[].status"],
            o => First(R(o).GetResourceSharesAsync(ResourceOwner.OtherAccounts, "ACTIVE"))) { ItemsMember = "resourceShares", TokenMember = Token, MinItems = 1 },
        new("ram", "ListResources", "owned", Provider, Tokyo, """{"resourceOwner":"SELF","maxResults":500}""",
            ["resources[].arn", "resources[].type", "resources[].resourceShareArn", "resources[].status"],
            o => First(R(o).ListResourcesAsync(ResourceOwner.Self))) { ItemsMember = "resources", TokenMember = Token, MinItems = 2 },
        new("ram", "ListResources", "shared with the account", AppConsumer, Tokyo, """{"resourceOwner":"OTHER-ACCOUNTS","maxResults":500}""",
            ["resources[].arn", "resources[].type", "resources[].resourceShareArn"],
            o => First(R(o).ListResourcesAsync(ResourceOwner.OtherAccounts))) { ItemsMember = "resources", TokenMember = Token, MinItems = 1 },
        new("ram", "GetResourceShareAssociations", "principals of owned shares", Provider, Tokyo,
            $$"""{"associationType":"PRINCIPAL","resourceShareArns":["{{Inside}}","{{Outside}}"],"maxResults":500}""",
            ["resourceShareAssociations[].resourceShareArn", "resourceShareAssociations[].associatedEntity", "resourceShareAssociations[].associationType",
             "resourceShareAssociations[].status", "resourceShareAssociations[].external"],
            o => First(R(o).GetResourceShareAssociationsAsync("PRINCIPAL", [Inside, Outside])))
            { ItemsMember = "resourceShareAssociations", TokenMember = Token, MinItems = 2 },
        new("ram", "ListResourceSharePermissions", "of an owned share", Provider, Tokyo, $$"""{"resourceShareArn":"{{Inside}}","maxResults":500}""",
            ["permissions[].arn", "permissions[].name", "permissions[].resourceType", "permissions[].permissionType"],
            o => First(R(o).ListResourceSharePermissionsAsync(Inside))) { ItemsMember = "permissions", TokenMember = Token, MinItems = 1 },

        // EC2 (ec2 query) through AWSSDK.EC2 as Ec2Inventory configures it, page size 1000.
        new("ec2", "DescribeRegions", "all regions", Management, Virginia, """{"AllRegions":true}""",
            ["Regions[].RegionName", "Regions[].OptInStatus"], o => E(o).DescribeRegionsAsync(allRegions: true)) { ItemsMember = "Regions", MinItems = 2 },
        new("ec2", "DescribeVpcs", "the account's own VPCs", AppConsumer, Virginia,
            $$"""{"Filters":[{"Name":"owner-id","Values":["{{AppConsumer}}"]}],"MaxResults":1000}""",
            ["Vpcs[].VpcId", "Vpcs[].OwnerId"], o => First(E(o).DescribeVpcsAsync(AppConsumer))) { ItemsMember = "Vpcs", TokenMember = "NextToken", MinItems = 1 },
        new("ec2", "DescribeVpcEndpoints", "Resource and ServiceNetwork endpoints", AppConsumer, Tokyo,
            """{"Filters":[{"Name":"vpc-endpoint-type","Values":["Resource","ServiceNetwork"]}],"MaxResults":1000}""",
            ["VpcEndpoints[].VpcEndpointId", "VpcEndpoints[].VpcEndpointType", "VpcEndpoints[].VpcId", "VpcEndpoints[].State", "VpcEndpoints[].Groups[].GroupId",
             "VpcEndpoints[].SubnetIds", "VpcEndpoints[].PrivateDnsEnabled", "VpcEndpoints[].OwnerId"],
            o => First(E(o).DescribeVpcEndpointsAsync(["Resource", "ServiceNetwork"]))) { ItemsMember = "VpcEndpoints", TokenMember = "NextToken", MinItems = 1 },
        new("ec2", "DescribeSecurityGroups", "by group-id filter", Provider, Tokyo,
            $$"""{"Filters":[{"Name":"group-id","Values":["{{GatewayTightSg}}","{{GatewayOpenSg}}"]}],"MaxResults":1000}""",
            ["SecurityGroups[].GroupId", "SecurityGroups[].GroupName", "SecurityGroups[].VpcId", "SecurityGroups[].OwnerId",
             "SecurityGroups[].IpPermissions", "SecurityGroups[].IpPermissionsEgress"],
            o => First(E(o).DescribeSecurityGroupsAsync([GatewayTightSg, GatewayOpenSg]))) { ItemsMember = "SecurityGroups", TokenMember = "NextToken", MinItems = 2 },
        new("ec2", "DescribeNetworkInterfaces", "by private IP filter", Provider, Tokyo,
            $$"""{"Filters":[{"Name":"addresses.private-ip-address","Values":["{{SqlServerIp}}"]}],"MaxResults":1000}""",
            ["NetworkInterfaces[].NetworkInterfaceId", "NetworkInterfaces[].PrivateIpAddresses[].PrivateIpAddress", "NetworkInterfaces[].RequesterManaged",
             "NetworkInterfaces[].InterfaceType"],
            o => First(E(o).DescribeNetworkInterfacesAsync([SqlServerIp]))) { ItemsMember = "NetworkInterfaces", TokenMember = "NextToken", MinItems = 1 },

        // Organizations (awsJson1.1, signed for us-east-1), page size 20.
        new("organizations", "DescribeOrganization", "", Management, Virginia, "{}",
            ["Organization.Id", "Organization.Arn", "Organization.MasterAccountId", "Organization.FeatureSet"], o => O(o).DescribeOrganizationAsync()),
        new("organizations", "ListAccounts", "all", Management, Virginia, """{"MaxResults":20}""",
            ["Accounts[].Id", "Accounts[].Arn", "Accounts[].Name", "Accounts[].Email", "Accounts[].Status"],
            o => First(O(o).ListAccountsAsync())) { ItemsMember = "Accounts", TokenMember = "NextToken", MinItems = 5 },
        new("organizations", "ListChildren", "OUs under a parent", Management, Virginia, $$"""{"ParentId":"{{RootId}}","ChildType":"ORGANIZATIONAL_UNIT","MaxResults":20}""",
            ["Children[].Id", "Children[].Type"], o => First(O(o).ListChildrenAsync(RootId, "ORGANIZATIONAL_UNIT")))
            { ItemsMember = "Children", TokenMember = "NextToken", MinItems = 2 },
        new("organizations", "ListAccountsForParent", "accounts of an OU", Management, Virginia, $$"""{"ParentId":"{{WorkloadsOu}}","MaxResults":20}""",
            ["Accounts[].Id", "Accounts[].Status"], o => First(O(o).ListAccountsForParentAsync(WorkloadsOu))) { ItemsMember = "Accounts", TokenMember = "NextToken", MinItems = 1 },

        // STS (query) through AWSSDK.SecurityToken as SecurityTokenClient configures it.
        new("sts", "GetCallerIdentity", "", Management, Virginia, "{}", ["Account", "Arn"], o => S(o).GetCallerIdentityAsync()),
        new("sts", "AssumeRole", "read-only role, one hour", Management, Virginia,
            $$"""{"RoleArn":"arn:aws:iam::{{Provider}}:role/{{RoleName}}","RoleSessionName":"latticescan","DurationSeconds":3600}""",
            ["Credentials.AccessKeyId", "Credentials.SecretAccessKey", "Credentials.SessionToken", "Credentials.Expiration"],
            o => S(o).AssumeRoleAsync($"arn:aws:iam::{Provider}:role/{RoleName}", "latticescan", null, TimeSpan.FromHours(1))),
    ];

    /// <summary>
    /// Requests the services reject, one per protocol and error family, sent by the official clients only: the strict
    /// fake's error answers must reach the official client as the service's own error (its name parsed from the
    /// protocol's error shape).
    /// </summary>
    public static IReadOnlyList<ConformanceCall> Rejected { get; } =
    [
        new("vpc-lattice", "ListServiceNetworkVpcAssociations", "without a filter", AppConsumer, Virginia, """{"maxResults":100}""", [], NoThinCall)
            { ExpectError = "ValidationException" },
        new("vpc-lattice", "ListServiceNetworkServiceAssociations", "without a filter", AppConsumer, Tokyo, """{"maxResults":100}""", [], NoThinCall)
            { ExpectError = "ValidationException" },
        new("vpc-lattice", "ListResourceGateways", "maxResults above the maximum", Provider, Tokyo, """{"maxResults":101}""", [], NoThinCall)
            { ExpectError = "ValidationException" },
        new("ram", "GetResourceShares", "a next token never issued", Provider, Tokyo, """{"resourceOwner":"SELF","nextToken":"forged"}""", [], NoThinCall)
            { ExpectError = "InvalidNextTokenException" },
        new("ram", "GetResourceShares", "resourceOwner outside the enum", Provider, Tokyo, """{"resourceOwner":"ME"}""", [], NoThinCall)
            { ExpectError = "InvalidParameterException" },
        new("organizations", "ListAccounts", "MaxResults above the maximum", Management, Virginia, """{"MaxResults":21}""", [], NoThinCall)
            { ExpectError = "InvalidInputException" },
        new("ec2", "DescribeNetworkInterfaces", "MaxResults with interface ids", Provider, Tokyo,
            $$"""{"MaxResults":5,"NetworkInterfaceIds":["{{RdsInterface}}"]}""", [], NoThinCall) { ExpectError = "InvalidParameterCombination" },
        new("sts", "AssumeRole", "session name too short", Management, Virginia,
            $$"""{"RoleArn":"arn:aws:iam::{{Provider}}:role/{{RoleName}}","RoleSessionName":"x"}""", [], NoThinCall) { ExpectError = "ValidationError" },
    ];

    private static Task NoThinCall(AwsClientOptions options) => Task.CompletedTask;

    private static VpcLatticeClient L(AwsClientOptions o) => new(o);
    private static RamClient R(AwsClientOptions o) => new(o);
    private static OrganizationsClient O(AwsClientOptions o) => new(o);
    private static Ec2Inventory E(AwsClientOptions o) => new(o);
    private static SecurityTokenClient S(AwsClientOptions o) => new(o);

    /// <summary>Reads the first item only, so the client sends exactly its first-page request.</summary>
    private static async Task First<T>(IAsyncEnumerable<T> items)
    {
        await using var e = items.GetAsyncEnumerator();
        await e.MoveNextAsync();
    }
}
