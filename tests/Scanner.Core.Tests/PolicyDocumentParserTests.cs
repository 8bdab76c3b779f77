using Scanner.Core.Aws;

namespace Scanner.Core.Tests;

public class PolicyDocumentParserTests
{
    [Fact]
    public void Parse_StarPrincipalWithOrgCondition_IsNormalised()
    {
        var policy = PolicyDocumentParser.Parse("""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"vpc-lattice-svcs:Invoke","Resource":"*",
              "Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}}]}
            """);
        var st = Assert.Single(policy.Get("statements")!.Items);
        Assert.True(st.Get("anyPrincipal")!.AsBoolean);
        Assert.True(st.Get("hasOrganizationCondition")!.AsBoolean);
        Assert.Equal("o-a1b2c3d4e5", Assert.Single(st.Get("organizationIds")!.Items).AsString);
        Assert.Equal("aws:principalorgid", st.Get("conditions")!.Items[0].GetString("key"));
    }

    [Fact]
    public void Parse_AccountPrincipals_AreExtracted()
    {
        var policy = PolicyDocumentParser.Parse("""
            {"Statement":{"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::999999999999:root","222222222222"]},"Action":["vpc-lattice:*"]}}
            """);
        var st = Assert.Single(policy.Get("statements")!.Items);
        Assert.False(st.Get("anyPrincipal")!.AsBoolean);
        Assert.False(st.Get("hasOrganizationCondition")!.AsBoolean);
        Assert.Equal(["999999999999", "222222222222"], st.Get("principalAccounts")!.Items.Select(i => i.AsString));
    }

    [Fact]
    public void Parse_NegatedOrgCondition_DoesNotCountAsOrganizationBoundary()
    {
        var policy = PolicyDocumentParser.Parse("""
            {"Statement":[{"Effect":"Allow","Principal":"*","Condition":{"StringNotEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}}]}
            """);
        Assert.False(policy.Get("statements")!.Items[0].Get("hasOrganizationCondition")!.AsBoolean);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    public void Parse_Malformed_CarriesParseError(string text)
    {
        var policy = PolicyDocumentParser.Parse(text);
        Assert.NotNull(policy.GetString("parseError"));
        Assert.Empty(policy.Get("statements")!.Items);
    }
}
