using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// <c>AWS::VpcLattice::Service</c> → <c>service</c>: the parts that meet resource sharing. <c>AuthType</c> defaults
/// to <c>NONE</c> (the registry schema's default).
/// </summary>
internal sealed class ServiceMapper : IKindMapper
{
    public string CfnType => "AWS::VpcLattice::Service";
    public string Kind => ResourceKinds.Service;

    public void Map(ResourceContext c)
    {
        c.SetName("Name");
        c.Properties.Set(ServiceProperties.AuthType, c.Text(c.Read("AuthType", ServiceProperties.AuthType)) ?? Value.From("NONE"));
        c.SetText("CustomDomainName", ServiceProperties.CustomDomainName);
    }
}
