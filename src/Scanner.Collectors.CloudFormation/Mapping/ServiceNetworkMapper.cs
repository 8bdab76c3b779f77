using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// <c>AWS::VpcLattice::ServiceNetwork</c> → <c>service_network</c>. <c>AuthType</c> defaults to <c>NONE</c> (the
/// registry schema's default); <c>SharingConfig.enabled</c> (lower-case in CloudFormation) → <c>sharingEnabled</c>,
/// absent when the template has no SharingConfig (the schema documents no default).
/// </summary>
internal sealed class ServiceNetworkMapper : IKindMapper
{
    public string CfnType => "AWS::VpcLattice::ServiceNetwork";
    public string Kind => ResourceKinds.ServiceNetwork;

    public void Map(ResourceContext c)
    {
        c.SetName("Name");
        c.Properties.Set(ServiceNetworkProperties.AuthType, c.Text(c.Read("AuthType", ServiceNetworkProperties.AuthType)) ?? Value.From("NONE"));
        var sharing = c.Read("SharingConfig", ServiceNetworkProperties.SharingEnabled);
        if (sharing is null) return;
        c.Properties.Set(ServiceNetworkProperties.SharingEnabled, sharing.Value switch
        {
            { IsUnknown: true } => Value.Unknown,
            { IsMap: true } m => ValueCoercion.Boolean(m.Get("enabled"), msg => c.Invalid(sharing, msg)),
            _ => Invalid(c, sharing),
        });
    }

    private static Value Invalid(ResourceContext c, ResolvedProperty p)
    {
        c.Invalid(p, "expected a mapping with 'enabled'");
        return Value.Unknown;
    }
}
