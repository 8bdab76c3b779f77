using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.Tests.Protocol;

public sealed class AwsEndpointResolverTests
{
    private static AwsEndpointResolver With(params (string Key, string Value)[] vars) =>
        AwsEndpointResolver.FromVariables(vars.ToDictionary(v => v.Key, v => v.Value));

    [Fact]
    public void Resolve_NoOverride_UsesRegionalPublicEndpointAndRegion()
    {
        var e = With().Resolve(AwsService.VpcLattice, "ap-northeast-1");

        Assert.Equal(new Uri("https://vpc-lattice.ap-northeast-1.amazonaws.com/"), e.Url);
        Assert.Equal("ap-northeast-1", e.SigningRegion);
        Assert.False(e.IsOverride);
    }

    [Fact]
    public void Resolve_ServiceSpecificAndGlobalOverride_ServiceSpecificWins()
    {
        var r = With(("AWS_ENDPOINT_URL", "http://127.0.0.1:1"), ("AWS_ENDPOINT_URL_RAM", "http://127.0.0.1:2"));

        Assert.Equal(new Uri("http://127.0.0.1:2/"), r.Resolve(AwsService.Ram, "eu-west-1").Url);
        Assert.Equal(new Uri("http://127.0.0.1:1/"), r.Resolve(AwsService.VpcLattice, "eu-west-1").Url);
    }

    [Fact]
    public void Resolve_Override_KeepsTheRegionAsSigningRegion()
    {
        var e = With(("AWS_ENDPOINT_URL", "http://127.0.0.1:1")).Resolve(AwsService.Ec2, "ap-northeast-1");

        Assert.True(e.IsOverride);
        Assert.Equal("ap-northeast-1", e.SigningRegion);
    }

    [Theory]
    [InlineData("ap-northeast-1", "us-east-1", "https://organizations.us-east-1.amazonaws.com/")]
    [InlineData("cn-north-1", "cn-northwest-1", "https://organizations.cn-northwest-1.amazonaws.com.cn/")]
    [InlineData("us-gov-east-1", "us-gov-west-1", "https://organizations.us-gov-west-1.amazonaws.com/")]
    public void Resolve_Organizations_IsGlobalPerPartition(string region, string signingRegion, string url)
    {
        var e = With().Resolve(AwsService.Organizations, region);

        Assert.Equal(signingRegion, e.SigningRegion);
        Assert.Equal(new Uri(url), e.Url);
    }

    [Fact]
    public void Resolve_IgnoreConfiguredEndpointUrls_UsesPublicEndpoint()
    {
        var e = With(("AWS_ENDPOINT_URL", "http://127.0.0.1:1"), ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")).Resolve(AwsService.Sts, "us-east-1");

        Assert.False(e.IsOverride);
        Assert.Equal("sts.us-east-1.amazonaws.com", e.Url.Host);
    }
}
