using Scanner.Core.Inventory;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules.Tests;

public class MessageTemplateTests
{
    private static string Message(string message, params Resource[] resources)
    {
        var rule = new RuleLoader().LoadText(RuleText.With("auth_policy", "path: kind\nequals: auth_policy", message: message), "t.yaml");
        var result = new RuleEngine().Evaluate(new InventoryGraph(resources), [rule], Core.Aws.OrganizationContext.None);
        return Assert.Single(result.Findings).Message;
    }

    private static Resource Policy(Value resourceId, params ResourceReference[] references) =>
        new(ResourceKinds.AuthPolicy, "p#1", ResourceOrigin.CloudFormation, new MapBuilder().Set("resourceId", resourceId).Build())
        {
            Address = "Policy",
            References = references,
        };

    [Fact]
    public void Alternatives_TheFirstPathThatSelectsSomethingKnownIsRendered()
    {
        var service = new Resource(ResourceKinds.Service, "svc#1", ResourceOrigin.CloudFormation, Value.EmptyMap) { Name = "orders-api" };
        Assert.Equal("on orders-api", Message("on {{ target | resourceId }}", service, Policy(Value.Unknown, new ResourceReference("target", "svc#1"))));
        Assert.Equal("on svc-0123456789abcdef0", Message("on {{ target | resourceId }}", Policy(Value.From("svc-0123456789abcdef0"))));
    }

    [Fact]
    public void ValueKnownOnlyAtDeployment_SaysSo()
    {
        Assert.Equal("on (not known before deployment)", Message("on {{ target | resourceId }}", Policy(Value.Unknown)));
    }

    [Fact]
    public void Alternatives_AreSchemaChecked()
    {
        var e = Assert.Throws<Scanner.Core.Collection.InputException>(() =>
            new RuleLoader().LoadText(RuleText.With("auth_policy", "path: resourceId\nexists: true", message: "{{ target | nosuch }}"), "t.yaml"));
        Assert.Contains("nosuch", e.Message);
    }
}
