using Scanner.Core.Inventory;

using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>
/// The one catalogue of normalised property and relation names. Every collector writes these names, whatever the
/// source; rule paths are checked against it when rules load, so a typo fails loudly instead of never matching.
/// </summary>
public sealed class InventorySchema
{
    private const PropertyType Str = PropertyType.String;
    private const PropertyType Num = PropertyType.Number;
    private const PropertyType Bool = PropertyType.Boolean;
    private const PropertyType Dict = PropertyType.Map;

    private readonly Dictionary<string, KindSchema> _kinds;

    public InventorySchema(IEnumerable<KindSchema> kinds)
    {
        _kinds = kinds.ToDictionary(k => k.Kind, StringComparer.Ordinal);
    }

    public IEnumerable<KindSchema> Kinds => _kinds.Values;

    public KindSchema? Kind(string kind) => _kinds.GetValueOrDefault(kind);

    /// <summary>Properties every resource has, whatever its kind (identity and provenance).</summary>
    public static IReadOnlyList<PropertySchema> CommonProperties { get; } =
    [
        P("arn", Str, "The ARN, when known (live resources; IaC resources rarely). Identity is read from the resource itself, never repeated in its property map (docs/normalisation.md)."),
        P("id", Str, "The AWS id (rgw-…, rcfg-…, sg-…), when known."),
        P("name", Str, "The resource name (unknown while a plan or template does not know it)."),
        P("accountId", Str, "Owning account (12 digits), from the ARN, the collector or the plan."),
        P("region", Str, "AWS region."),
        P("address", Str, "Terraform address or CloudFormation logical id."),
        P("kind", Str, "The resource kind."),
        P("origin", Str, "terraform, cloudformation or aws."),
        P("tags", Dict, "Tags as key → value, keys in ordinal order."),
    ];

    public static PropertySchema SecurityGroupRule { get; } = O("rule", "One normalised security-group rule: exactly one peer (CIDR, prefix list or group).",
        [.. SecurityGroupRuleProperties.All]);

    public static PropertySchema PortRange { get; } = O("portRange", "An inclusive TCP port range.", [.. PortRangeProperties.All]);

    public static PropertySchema PolicyDocument { get; } = O("policy", "A parsed IAM-style policy document.",
        P("raw", Str, "The document text."),
        P("parseError", Str, "Why the document could not be parsed (absent when it parsed)."),
        L("statements", "Statements, normalised.", O("statement", "One statement.",
            P("sid", Str, "Statement id."),
            P("effect", Str, "Allow or Deny."),
            SL("principals", "Principals: \"*\", account ids, ARNs, service names (from Principal: * / AWS / Service / Federated)."),
            P("anyPrincipal", Bool, "Principal is \"*\" or {\"AWS\": \"*\"}."),
            P("notPrincipal", Bool, "The statement uses NotPrincipal."),
            SL("principalAccounts", "12-digit account ids named by the principals."),
            SL("actions", "Actions."),
            P("notAction", Bool, "The statement uses NotAction."),
            SL("resources", "Resources."),
            L("conditions", "Conditions, one per operator/key.", O("condition", "One condition.",
                P("operator", Str, "StringEquals, ForAnyValue:StringLike, …"),
                P("key", Str, "Condition key, lower-cased (aws:principalorgid)."),
                SL("values", "Condition values."))),
            P("hasOrganizationCondition", Bool, "A condition restricts to an organization or OU (aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:SourceOrgID, aws:SourceOrgPaths, aws:ResourceOrgID, aws:ResourceOrgPaths)."),
            SL("organizationIds", "Organization ids named by those conditions."),
            SL("conditionAccounts", "Account ids named by aws:PrincipalAccount / aws:SourceAccount conditions."))));

    public static InventorySchema Default { get; } = new(
    [
        new(K.ResourceGateway, "A VPC Lattice resource gateway: ENIs in the provider VPC from which shared traffic leaves.",
        [
            P("vpcId", Str, "Provider VPC."),
            SL("subnetIds", "Subnets of the gateway ENIs."),
            SL("securityGroupIds", "Security groups on the gateway ENIs (elements may be unknown)."),
            P("ipAddressType", Str, "IPV4, IPV6 or DUALSTACK."),
            P("ipv4AddressesPerEni", Num, "IPv4 addresses per ENI."),
            P("resourceConfigDnsResolution", Str, "IN_VPC or PUBLIC."),
            P("status", Str, "Lifecycle status."),
        ],
        [
            R("securityGroups", "Security groups of the gateway ENIs.", true, K.SecurityGroup),
            Inv("resourceConfigurations", "Configurations served through this gateway.", K.ResourceConfiguration, "gateway"),
        ]),
        new(K.ResourceConfiguration, "A VPC Lattice resource configuration: the shared target behind a gateway.",
        [
            P("type", Str, "SINGLE, GROUP, CHILD or ARN (Terraform default SINGLE)."),
            O("definition", "The target (absent for GROUP).",
                P("type", Str, "DNS, IP or ARN."),
                P("domainName", Str, "DNS target."),
                P("ipAddressType", Str, "DNS target address type."),
                P("ipAddress", Str, "IP target."),
                P("arn", Str, "ARN target (RDS).")),
            L("portRanges", "Shared TCP port ranges; an entry that is not a port range is an unknown element (and a warning).", PortRange),
            P("protocol", Str, "TCP."),
            P("allowAssociationToShareableServiceNetwork", Bool, "May be associated with shareable service networks (API default false)."),
            P("resourceGatewayId", Str, "Gateway id or ARN."),
            P("groupId", Str, "Parent GROUP configuration (CHILD only)."),
            P("customDomainName", Str, "Custom domain."),
            P("groupDomain", Str, "Group domain (GROUP only)."),
            P("amazonManaged", Bool, "AWS-managed configuration."),
            P("status", Str, "Lifecycle status."),
            P("consumersKnown", Bool, "The scan saw every share, service-network association and endpoint of the owner account that can use the configuration (true in live scans; unknown in templates and plans, which see only what they declare)."),
        ],
        [
            R("gateway", "The resource gateway.", false, K.ResourceGateway),
            R("parent", "The GROUP configuration of a CHILD.", false, K.ResourceConfiguration),
            R("targetInterface", "The network interface that holds an IP target (live scans).", false, K.NetworkInterface),
            R("nearbyDatabases", "RDS and Aurora databases declared in the same Terraform plan or CloudFormation template (IaC scans; live scans read the target's network interface instead), the first five the source declares: what an IP target may stand for.", true, K.Database),
            Inv("children", "CHILD configurations of a GROUP.", K.ResourceConfiguration, "parent"),
            Inv("accessLogSubscriptions", "Access-log subscriptions on this configuration.", K.AccessLogSubscription, "target"),
            Inv("shares", "RAM shares that carry this configuration.", K.ResourceShare, "resources"),
            Inv("serviceNetworkAssociations", "Service-network resource associations of this configuration.", K.ServiceNetworkResourceAssociation, "resourceConfiguration"),
            Inv("endpoints", "Resource-type VPC endpoints that consume this configuration.", K.VpcEndpoint, "resourceConfiguration"),
            Inv("resourcePolicies", "Resource policies on this configuration.", K.ResourcePolicy, "target"),
        ]),
        new(K.ServiceNetwork, "A VPC Lattice service network.",
        [
            P("authType", Str, "NONE or AWS_IAM."),
            P("sharingEnabled", Bool, "Sharing configuration enabled (shareable service network)."),
        ],
        [
            Inv("authPolicies", "Auth policy attached to the network.", K.AuthPolicy, "target"),
            Inv("resourcePolicies", "Resource policy attached to the network.", K.ResourcePolicy, "target"),
            Inv("accessLogSubscriptions", "Access-log subscriptions on the network.", K.AccessLogSubscription, "target"),
            Inv("vpcAssociations", "VPC associations.", K.ServiceNetworkVpcAssociation, "serviceNetwork"),
            Inv("resourceAssociations", "Resource-configuration associations.", K.ServiceNetworkResourceAssociation, "serviceNetwork"),
            Inv("endpoints", "Service-network VPC endpoints.", K.VpcEndpoint, "serviceNetwork"),
            Inv("endpointAssociations", "Service-network endpoint associations.", K.ServiceNetworkEndpointAssociation, "serviceNetwork"),
            Inv("shares", "RAM shares that carry this network.", K.ResourceShare, "resources"),
            Inv("serviceAssociations", "Service associations (the VPC Lattice services in the network).", K.ServiceNetworkServiceAssociation, "serviceNetwork"),
        ]),
        new(K.Service, "A VPC Lattice service, where it meets resource sharing: its auth, access logs, networks and shares.",
        [
            P("authType", Str, "NONE or AWS_IAM (API, Terraform and CloudFormation default NONE)."),
            P("customDomainName", Str, "Custom domain."),
            P("status", Str, "Lifecycle status."),
        ],
        [
            Inv("authPolicies", "Auth policy attached to the service.", K.AuthPolicy, "target"),
            Inv("resourcePolicies", "Resource policy attached to the service.", K.ResourcePolicy, "target"),
            Inv("accessLogSubscriptions", "Access-log subscriptions on the service.", K.AccessLogSubscription, "target"),
            Inv("serviceNetworkAssociations", "Associations with service networks.", K.ServiceNetworkServiceAssociation, "service"),
            Inv("shares", "RAM shares that carry this service.", K.ResourceShare, "resources"),
        ]),
        new(K.ServiceNetworkServiceAssociation, "A VPC Lattice service placed in a service network.",
        [
            P("serviceNetworkId", Str, "Service network id or ARN."),
            P("serviceId", Str, "Service id or ARN."),
            P("status", Str, "Lifecycle status."),
        ],
        [
            R("serviceNetwork", "The service network.", false, K.ServiceNetwork),
            R("service", "The service.", false, K.Service),
        ]),
        new(K.ServiceNetworkVpcAssociation, "A consumer VPC joined directly to a service network.",
        [
            P("vpcId", Str, "Consumer VPC."),
            P("serviceNetworkId", Str, "Service network id or ARN."),
            SL("securityGroupIds", "Security groups on the association (none: no filtering at all)."),
            P("privateDnsEnabled", Bool, "Private DNS enabled."),
            P("status", Str, "Lifecycle status."),
        ],
        [
            R("serviceNetwork", "The service network.", false, K.ServiceNetwork),
            R("securityGroups", "Security groups on the association.", true, K.SecurityGroup),
        ]),
        new(K.ServiceNetworkResourceAssociation, "A resource configuration placed in a service network.",
        [
            P("serviceNetworkId", Str, "Service network id or ARN."),
            P("resourceConfigurationId", Str, "Configuration id or ARN."),
            P("privateDnsEnabled", Bool, "Private DNS enabled."),
            P("status", Str, "Lifecycle status."),
        ],
        [
            R("serviceNetwork", "The service network.", false, K.ServiceNetwork),
            R("resourceConfiguration", "The resource configuration.", false, K.ResourceConfiguration),
        ]),
        new(K.ServiceNetworkEndpointAssociation, "A service-network VPC endpoint as the service network sees it.",
        [
            P("serviceNetworkId", Str, "Service network id or ARN."),
            P("vpcEndpointId", Str, "The endpoint."),
            P("vpcId", Str, "The endpoint's VPC."),
            P("vpcEndpointOwnerId", Str, "The endpoint's account."),
            P("state", Str, "State."),
        ],
        [
            R("serviceNetwork", "The service network.", false, K.ServiceNetwork),
            R("endpoint", "The VPC endpoint.", false, K.VpcEndpoint),
        ]),
        new(K.AccessLogSubscription, "Access logs of a configuration or service network.",
        [
            P("resourceId", Str, "Logged resource id or ARN."),
            P("destinationArn", Str, "Destination (S3 bucket, CloudWatch log group, Firehose stream)."),
            P("destinationType", Str, "s3, logs or firehose."),
            P("destinationAccountId", Str, "Destination account, when its ARN names one (S3 ARNs do not)."),
            P("serviceNetworkLogType", Str, "SERVICE or RESOURCE."),
        ],
        [
            R("target", "The logged resource.", false, K.ResourceConfiguration, K.ServiceNetwork, K.Service),
        ]),
        new(K.AuthPolicy, "The auth policy of a service network (or service).",
        [
            P("resourceId", Str, "Target id or ARN."),
            PolicyDocument,
            P("state", Str, "Active or Inactive."),
        ],
        [
            R("target", "The protected service network or service.", false, K.ServiceNetwork, K.Service),
        ]),
        new(K.ResourcePolicy, "A resource policy on a service network or configuration.",
        [
            P("resourceArn", Str, "Target ARN."),
            PolicyDocument,
        ],
        [
            R("target", "The resource.", false, K.ServiceNetwork, K.ResourceConfiguration, K.Service),
        ]),
        new(K.ResourceShare, "A RAM resource share: the authorisation to use a configuration or network.",
        [
            P("allowExternalPrincipals", Bool, "Principals outside the organization allowed (API/CloudFormation default true, Terraform default false: each collector fills in its source's default)."),
            L("principals", "Principals the share is associated with.", O("principal", "One principal.", [.. RamPrincipalProperties.All])),
            SL("resourceArns", "ARNs of the shared resources."),
            SL("permissionArns", "RAM permissions."),
            P("owningAccountId", Str, "Owner account."),
            P("status", Str, "Share status."),
            P("sharedWithCaller", Bool, "Found as shared with (not owned by) the scanning account."),
        ],
        [
            R("resources", "Shared resources.", true, K.ResourceConfiguration, K.ServiceNetwork, K.Service),
        ]),
        new(K.VpcEndpoint, "An EC2 VPC endpoint (Resource, ServiceNetwork or Interface type).",
        [
            P("vpcEndpointType", Str, "Resource, ServiceNetwork, Interface, Gateway, GatewayLoadBalancer."),
            P("vpcId", Str, "Consumer VPC."),
            P("resourceConfigurationArn", Str, "Consumed configuration (Resource type)."),
            P("resourceConfigurationAccountId", Str, "Account in that ARN."),
            P("serviceNetworkArn", Str, "Consumed network (ServiceNetwork type)."),
            P("serviceNetworkAccountId", Str, "Account in that ARN."),
            P("serviceName", Str, "Service name (Interface type)."),
            SL("securityGroupIds", "Security groups."),
            SL("subnetIds", "Subnets."),
            P("privateDnsEnabled", Bool, "Private DNS enabled (default false)."),
            P("state", Str, "State."),
            P("ownerId", Str, "Endpoint owner."),
        ],
        [
            R("resourceConfiguration", "Consumed configuration.", false, K.ResourceConfiguration),
            R("serviceNetwork", "Consumed service network.", false, K.ServiceNetwork),
            R("securityGroups", "Security groups of the endpoint.", true, K.SecurityGroup),
        ]),
        new(K.SecurityGroup, "An EC2 security group with every rule, inline or separate, normalised.",
        [
            P("groupName", Str, "Group name (\"default\" for the VPC default group)."),
            P("description", Str, "Description."),
            P("vpcId", Str, "VPC."),
            P("ownerId", Str, "Owner account."),
            P("isDefault", Bool, "The VPC's default group."),
            L("ingress", "Inbound rules, one per peer.", SecurityGroupRule),
            L("egress", "Outbound rules, one per peer.", SecurityGroupRule),
            P("rulesComplete", Bool, "False when some rules could not be read or resolved (unknown)."),
        ],
        [
            Inv("gateways", "Gateways using the group.", K.ResourceGateway, "securityGroups"),
            Inv("endpoints", "Endpoints using the group.", K.VpcEndpoint, "securityGroups"),
            Inv("vpcAssociations", "Service-network VPC associations using the group.", K.ServiceNetworkVpcAssociation, "securityGroups"),
        ]),
        new(K.NetworkInterface, "An ENI (live scans), used to tell who owns an IP target.",
        [
            SL("privateIpAddresses", "Private IPv4 addresses."),
            P("interfaceType", Str, "interface, lambda, … "),
            P("requesterId", Str, "Requester (amazon-rds for RDS)."),
            P("requesterManaged", Bool, "Managed by an AWS service."),
            P("description", Str, "Description (\"RDSNetworkInterface\" for RDS)."),
            P("ownerId", Str, "Owner account."),
            P("vpcId", Str, "VPC."),
        ],
        [
            Inv("configurations", "Configurations whose IP target is on this interface.", K.ResourceConfiguration, "targetInterface"),
        ]),
        new(K.Database, "An RDS DB instance or Aurora DB cluster declared in a template or plan (IaC scans), seen so that a resource configuration beside it that targets an IP address can be recognised as pointing at a database.",
        [
            P("identifier", Str, "DB instance or cluster identifier, when the source names it."),
            P("engine", Str, "Engine (aurora-postgresql, mysql, postgres, …)."),
            P("port", Num, "Port the database listens on, when the source sets it."),
        ],
        [
            Inv("nearbyConfigurations", "Resource configurations declared beside it.", K.ResourceConfiguration, "nearbyDatabases"),
        ]),
    ]);

    private static PropertySchema P(string name, PropertyType type, string description) => new(name, type, description);
    private static PropertySchema SL(string name, string description) => new(name, PropertyType.List, description, new("item", Str, description));
    private static PropertySchema L(string name, string description, PropertySchema item) => new(name, PropertyType.List, description, item);
    private static PropertySchema O(string name, string description, params PropertySchema[] members) => new(name, PropertyType.Object, description, members: members);

    private static RelationSchema R(string name, string description, bool many, params string[] targets) =>
        new(name, targets, many, description);

    private static RelationSchema Inv(string name, string description, string sourceKind, string sourceRelation) =>
        new(name, [sourceKind], true, description, (sourceKind, sourceRelation));
}
