using Scanner.Collectors.Terraform.Plan;
using Scanner.Core.Aws;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Schema;
using static Scanner.Collectors.Terraform.Mapping.Attributes;
using T = Scanner.Collectors.Terraform.Mapping.TerraformTypes;
using Target = Scanner.Core.Schema.ResourceConfigurationDefinitionProperties;

namespace Scanner.Collectors.Terraform.Mapping;

/// <summary>Maps the <c>aws_vpclattice_*</c> resources to their inventory kinds.</summary>
internal static class LatticeMapper
{
    private static readonly string[] LoggedTypes = [T.ResourceConfiguration, T.ServiceNetwork, T.Service];
    private static readonly string[] NetworkTypes = [T.ServiceNetwork, T.Service];
    private static readonly string[] PolicyTargets = [T.ServiceNetwork, T.ResourceConfiguration, T.Service];

    public static void Gateway(ResourceDraft d, MappingContext ctx)
    {
        var a = d.After;
        d.Set(ResourceGatewayProperties.VpcId, Scalar(a, "vpc_id"));
        d.Set(ResourceGatewayProperties.SubnetIds, StringList(a, "subnet_ids"));
        // security_group_ids is Optional+Computed: left unset it plans as unknown, and AWS puts the gateway in the
        // VPC's default group. No group of the configuration's own: an empty list (LATTICE-GW-004 reports it).
        var unset = ctx.IsUnsetComputed(d.Source, "security_group_ids");
        d.Set(ResourceGatewayProperties.SecurityGroupIds, unset ? Value.EmptyList : StringList(a, "security_group_ids"));
        d.Set(ResourceGatewayProperties.IpAddressType, Scalar(a, "ip_address_type"));
        d.Set(ResourceGatewayProperties.Ipv4AddressesPerEni, Number(a, "ipv4_addresses_per_eni"));
        d.Set(ResourceGatewayProperties.ResourceConfigDnsResolution, Scalar(a, "resource_config_dns_resolution"));
        d.Set(ResourceGatewayProperties.Status, Scalar(a, "status"));
        if (!unset) ctx.Relate(d, ResourceGatewayRelations.SecurityGroups, d.Source, "security_group_ids", T.SecurityGroups);
    }

    public static void Configuration(ResourceDraft d, MappingContext ctx)
    {
        var a = d.After;
        d.Set(ResourceConfigurationProperties.Type, Scalar(a, "type") ?? Value.From("SINGLE"));
        d.Set(ResourceConfigurationProperties.Definition, Definition(a));
        d.Set(ResourceConfigurationProperties.PortRanges, PortRanges(d.Source, ctx));
        d.Set(ResourceConfigurationProperties.Protocol, Scalar(a, "protocol"));
        // Optional+Computed in the provider: left unset it plans as unknown, and the API applies its default, false.
        d.Set(ResourceConfigurationProperties.AllowAssociationToShareableServiceNetwork, ctx.IsUnsetComputed(d.Source, "allow_association_to_shareable_service_network")
            ? Value.False
            : Boolean(a, "allow_association_to_shareable_service_network", false));
        d.Set(ResourceConfigurationProperties.ResourceGatewayId, Scalar(a, "resource_gateway_identifier"));
        d.Set(ResourceConfigurationProperties.GroupId, Scalar(a, "resource_configuration_group_id"));
        d.Set(ResourceConfigurationProperties.CustomDomainName, Scalar(a, "custom_domain_name"));
        d.Set(ResourceConfigurationProperties.GroupDomain, Scalar(a, "group_domain"));
        d.Set(ResourceConfigurationProperties.Status, Scalar(a, "status"));
        // A plan declares some of the account's shares, associations and endpoints, never necessarily all of them.
        d.Set(ResourceConfigurationProperties.ConsumersKnown, Value.Unknown);
        ctx.Relate(d, ResourceConfigurationRelations.Gateway, d.Source, "resource_gateway_identifier", T.ResourceGateway);
        ctx.Relate(d, ResourceConfigurationRelations.Parent, d.Source, "resource_configuration_group_id", T.ResourceConfiguration);
    }

    public static void ServiceNetwork(ResourceDraft d, MappingContext ctx)
    {
        var a = d.After;
        // auth_type is Optional+Computed: left unset it plans as unknown, and the API applies NONE.
        d.Set(ServiceNetworkProperties.AuthType, ctx.IsUnsetComputed(d.Source, "auth_type") ? Value.From("NONE") : Scalar(a, "auth_type"));
        if (SingleBlock(a, "sharing_config") is { } sharing)
            d.Set(ServiceNetworkProperties.SharingEnabled, sharing.IsUnknown ? Value.Unknown : Scalar(sharing, "enabled"));
    }

    public static void VpcAssociation(ResourceDraft d, MappingContext ctx)
    {
        var a = d.After;
        d.Set(ServiceNetworkVpcAssociationProperties.VpcId, Scalar(a, "vpc_identifier"));
        d.Set(ServiceNetworkVpcAssociationProperties.ServiceNetworkId, Scalar(a, "service_network_identifier"));
        // security_group_ids is Optional+Computed: unset, it plans as unknown but the association gets none.
        d.Set(ServiceNetworkVpcAssociationProperties.SecurityGroupIds, ctx.IsUnsetComputed(d.Source, "security_group_ids") ? Value.EmptyList : StringList(a, "security_group_ids"));
        d.Set(ServiceNetworkVpcAssociationProperties.PrivateDnsEnabled, Scalar(a, "private_dns_enabled"));
        d.Set(ServiceNetworkVpcAssociationProperties.Status, Scalar(a, "status"));
        ctx.Relate(d, ServiceNetworkVpcAssociationRelations.ServiceNetwork, d.Source, "service_network_identifier", T.ServiceNetwork);
        if (!ctx.IsUnsetComputed(d.Source, "security_group_ids"))
            ctx.Relate(d, ServiceNetworkVpcAssociationRelations.SecurityGroups, d.Source, "security_group_ids", T.SecurityGroups);
    }

    public static void ResourceAssociation(ResourceDraft d, MappingContext ctx)
    {
        var a = d.After;
        d.Set(ServiceNetworkResourceAssociationProperties.ServiceNetworkId, Scalar(a, "service_network_identifier"));
        d.Set(ServiceNetworkResourceAssociationProperties.ResourceConfigurationId, Scalar(a, "resource_configuration_identifier"));
        d.Set(ServiceNetworkResourceAssociationProperties.PrivateDnsEnabled, Scalar(a, "private_dns_enabled"));
        d.Set(ServiceNetworkResourceAssociationProperties.Status, Scalar(a, "status"));
        ctx.Relate(d, ServiceNetworkResourceAssociationRelations.ServiceNetwork, d.Source, "service_network_identifier", T.ServiceNetwork);
        ctx.Relate(d, ServiceNetworkResourceAssociationRelations.ResourceConfiguration, d.Source, "resource_configuration_identifier", T.ResourceConfiguration);
    }

    public static void AccessLogSubscription(ResourceDraft d, MappingContext ctx)
    {
        var a = d.After;
        var destination = Scalar(a, "destination_arn");
        d.Set(AccessLogSubscriptionProperties.ResourceId, Scalar(a, "resource_identifier"));
        d.Set(AccessLogSubscriptionProperties.DestinationArn, destination);
        var (type, account) = AccessLogDestinations.Describe(destination, DestinationType(d.Source, destination, ctx));
        d.Set(AccessLogSubscriptionProperties.DestinationType, type);
        d.Set(AccessLogSubscriptionProperties.DestinationAccountId, account);
        // Left unset (planned as unknown), the API records SERVICE traffic: absent here, so it is not RESOURCE.
        if (!ctx.IsUnsetComputed(d.Source, "service_network_log_type"))
            d.Set(AccessLogSubscriptionProperties.ServiceNetworkLogType, Scalar(a, "service_network_log_type"));
        ctx.Relate(d, AccessLogSubscriptionRelations.Target, d.Source, "resource_identifier", LoggedTypes);
    }

    public static void AuthPolicy(ResourceDraft d, MappingContext ctx)
    {
        var a = d.After;
        d.Set(AuthPolicyProperties.ResourceId, Scalar(a, "resource_identifier"));
        d.Set(AuthPolicyProperties.Policy, Policy(a));
        d.Set(AuthPolicyProperties.State, Scalar(a, "state"));
        ctx.Relate(d, AuthPolicyRelations.Target, d.Source, "resource_identifier", NetworkTypes);
    }

    public static void ResourcePolicy(ResourceDraft d, MappingContext ctx)
    {
        var a = d.After;
        d.Set(ResourcePolicyProperties.ResourceArn, Scalar(a, "resource_arn"));
        d.Set(ResourcePolicyProperties.Policy, Policy(a));
        ctx.Relate(d, ResourcePolicyRelations.Target, d.Source, "resource_arn", PolicyTargets);
    }

    private static Value? Policy(Value after) => Scalar(after, "policy") switch
    {
        { IsString: true } s => PolicyDocumentParser.Parse(s.AsString),
        { IsUnknown: true } => Value.Unknown,
        _ => null,
    };

    private static Value? Definition(Value after)
    {
        var block = SingleBlock(after, "resource_configuration_definition");
        if (block is null || block.IsUnknown) return block;
        if (SingleBlock(block, "dns_resource") is { } dns)
            return dns.IsUnknown ? Unknown("DNS", Target.DomainName) : new PropertyMapBuilder().Set(Target.Type, "DNS")
                .Set(Target.DomainName, Scalar(dns, "domain_name")).Set(Target.IpAddressType, Scalar(dns, "ip_address_type")).Build();
        if (SingleBlock(block, "ip_resource") is { } ip)
            return ip.IsUnknown ? Unknown("IP", Target.IpAddress) : new PropertyMapBuilder().Set(Target.Type, "IP").Set(Target.IpAddress, Scalar(ip, "ip_address")).Build();
        if (SingleBlock(block, "arn_resource") is { } arn)
            return arn.IsUnknown ? Unknown("ARN", Target.Arn) : new PropertyMapBuilder().Set(Target.Type, "ARN").Set(Target.Arn, Scalar(arn, "arn")).Build();
        return null;

        static Value Unknown(string type, PropertySchema target) => new PropertyMapBuilder().Set(Target.Type, type).Set(target, Value.Unknown).Build();
    }

    private static Value PortRanges(PlannedResource r, MappingContext ctx) =>
        Core.Normalisation.PortRanges.List(r.After.Get("port_ranges"), message => ctx.Warn("InvalidValue", $"{r.Address}: port_ranges: {message}"));

    private static readonly Dictionary<string, string> DestinationTypes = new(StringComparer.Ordinal)
    {
        ["aws_s3_bucket"] = AccessLogDestinations.S3,
        ["aws_cloudwatch_log_group"] = AccessLogDestinations.Logs,
        ["aws_kinesis_firehose_delivery_stream"] = AccessLogDestinations.Firehose,
    };

    /// <summary>For a destination ARN known only after apply: the type of the resource it references, when one type explains it.</summary>
    private static string? DestinationType(PlannedResource r, Value? destination, MappingContext ctx)
    {
        if (destination is not { IsUnknown: true }) return null;
        var (targets, complete) = ctx.Targets(r, "destination_arn", DestinationTypes.Keys);
        var types = targets.Select(t => DestinationTypes[t.Type]).Distinct().ToList();
        return complete && types.Count == 1 ? types[0] : null;
    }
}
