using Scanner.Collectors.Aws.Collection;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.Aws.Tests.Mapping;

public sealed class InventoryMergerTests
{
    private static Resource Config(string marker) =>
        new("resource_configuration", "arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-1", ResourceOrigin.Aws,
            new MapBuilder().Set("seen", marker).Build()) { AccountId = "111111111111" };

    [Fact]
    public void Merge_OwnerAndConsumerViews_OwnerDetailWinsWhateverTheOrder()
    {
        var consumer = new CollectedResource(Config("consumer"), "222222222222", Detail: true);
        var owner = new CollectedResource(Config("owner"), "111111111111", Detail: true);
        var thin = new CollectedResource(Config("thin"), "111111111111", Detail: false);

        Assert.Equal("owner", Assert.Single(InventoryMerger.Merge([consumer, thin, owner])).Properties.GetString("seen"));
        Assert.Equal("owner", Assert.Single(InventoryMerger.Merge([owner, consumer, thin])).Properties.GetString("seen"));
        Assert.Equal("thin", Assert.Single(InventoryMerger.Merge([consumer, thin])).Properties.GetString("seen"));
    }
}
