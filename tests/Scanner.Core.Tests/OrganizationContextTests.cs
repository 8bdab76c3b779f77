using Scanner.Core.Aws;

namespace Scanner.Core.Tests;

public class OrganizationContextTests
{
    private static readonly OrganizationContext Org = new("o-a1b2c3d4e5", ["111111111111", "222222222222"]);

    [Theory]
    [InlineData("111111111111", true)]
    [InlineData("999999999999", false)]
    [InlineData("arn:aws:iam::222222222222:role/app", true)]
    [InlineData("arn:aws:iam::999999999999:root", false)]
    [InlineData("arn:aws:organizations::111111111111:organization/o-a1b2c3d4e5", true)]
    [InlineData("arn:aws:organizations::111111111111:ou/o-a1b2c3d4e5/ou-ab12-cdef3456", true)]
    [InlineData("arn:aws:organizations::999999999999:organization/o-other00000", false)]
    [InlineData("o-a1b2c3d4e5", true)]
    [InlineData("o-other00000", false)]
    public void Contains_DecidesMembership(string principal, bool expected) => Assert.Equal(expected, Org.Contains(principal));

    [Theory]
    [InlineData("*")]
    [InlineData("vpc-lattice.amazonaws.com")]
    public void Contains_ValueWithoutAccount_IsUndecided(string principal) => Assert.Null(Org.Contains(principal));

    [Fact]
    public void Contains_WithoutContext_IsUndecided() => Assert.Null(OrganizationContext.None.Contains("111111111111"));
}
