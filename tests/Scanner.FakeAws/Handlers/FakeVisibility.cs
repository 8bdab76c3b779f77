using Scanner.FakeAws.World;

namespace Scanner.FakeAws.Handlers;

/// <summary>What an account can see: its own resources plus what ACTIVE RAM shares of other accounts give it.</summary>
internal static class FakeVisibility
{
    public static string AccountOf(string arn) => arn.Split(':') is { Length: >= 6 } p ? p[4] : "";

    public static bool IsSharedWith(FakeContext ctx, string resourceArn)
    {
        var owner = ctx.World.Account(AccountOf(resourceArn));
        if (owner is null || owner.Id == ctx.Caller.Id) return false;
        return owner.Region(ctx.Region).Shares.Any(s => s.Status == "ACTIVE" && s.ResourceArns.Contains(resourceArn) &&
            s.Principals.Any(p => ctx.World.PrincipalCovers(p, ctx.Caller)));
    }

    public static IEnumerable<(FakeRegion Owner, FakeConfiguration Config)> Configurations(FakeContext ctx) =>
        ctx.World.RegionsNamed(ctx.Region).SelectMany(r => r.Configurations.Select(c => (r, c)))
            .Where(x => x.r.AccountId == ctx.Caller.Id || IsSharedWith(ctx, x.r.LatticeArn("resourceconfiguration", x.c.Id)));

    public static IEnumerable<(FakeRegion Owner, FakeServiceNetwork Network)> ServiceNetworks(FakeContext ctx) =>
        ctx.World.RegionsNamed(ctx.Region).SelectMany(r => r.ServiceNetworks.Select(n => (r, n)))
            .Where(x => x.r.AccountId == ctx.Caller.Id || IsSharedWith(ctx, x.r.LatticeArn("servicenetwork", x.n.Id)));

    public static IEnumerable<(FakeRegion Owner, FakeService Service)> Services(FakeContext ctx) =>
        ctx.World.RegionsNamed(ctx.Region).SelectMany(r => r.Services.Select(s => (r, s)))
            .Where(x => x.r.AccountId == ctx.Caller.Id || IsSharedWith(ctx, x.r.LatticeArn("service", x.s.Id)));

    /// <summary>Finds a visible item by bare id or ARN.</summary>
    public static (FakeRegion Owner, T Item)? Find<T>(IEnumerable<(FakeRegion, T)> visible, string identifier, string type, Func<T, string> id)
    {
        foreach (var (owner, item) in visible)
            if (identifier == id(item) || identifier == owner.LatticeArn(type, id(item))) return (owner, item);
        return null;
    }
}
