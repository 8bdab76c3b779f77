using Scanner.AwsEmulator.World;

namespace Scanner.AwsEmulator.Handlers;

/// <summary>
/// What an account can see: its own resources plus what ACTIVE RAM shares of other accounts give it. A share gives
/// only its owner's resources in its own region, so another account's items are looked at only when one of its shares
/// in the region covers the caller: the cost of a call grows with the shares, not with accounts × items.
/// </summary>
internal static class EmulatedVisibility
{
    public static string AccountOf(string arn) => arn.Split(':') is { Length: >= 6 } p ? p[4] : "";

    public static bool IsSharedWith(EmulatedContext ctx, string resourceArn)
    {
        var owner = ctx.World.Account(AccountOf(resourceArn));
        if (owner is null || owner.Id == ctx.Caller.Id) return false;
        return SharedBy(ctx, owner.Region(ctx.Region)).Contains(resourceArn);
    }

    public static IEnumerable<(EmulatedRegion Owner, EmulatedConfiguration Config)> Configurations(EmulatedContext ctx) =>
        Visible(ctx, r => r.Configurations, "resourceconfiguration", c => c.Id);

    public static IEnumerable<(EmulatedRegion Owner, EmulatedServiceNetwork Network)> ServiceNetworks(EmulatedContext ctx) =>
        Visible(ctx, r => r.ServiceNetworks, "servicenetwork", n => n.Id);

    public static IEnumerable<(EmulatedRegion Owner, EmulatedService Service)> Services(EmulatedContext ctx) =>
        Visible(ctx, r => r.Services, "service", s => s.Id);

    /// <summary>
    /// Finds a visible item by bare id or ARN: an ARN names its owner, so only that account's region is looked at; a bare
    /// id is looked for among the caller's own items first.
    /// </summary>
    public static (EmulatedRegion Owner, T Item)? Find<T>(EmulatedContext ctx, Func<EmulatedRegion, IEnumerable<T>> items, string identifier, string type, Func<T, string> id)
    {
        if (identifier.StartsWith("arn:", StringComparison.Ordinal))
        {
            if (ctx.World.Account(AccountOf(identifier)) is not { } owner) return null;
            var region = owner.Region(ctx.Region);
            foreach (var item in items(region))
                if (identifier == region.LatticeArn(type, id(item)))
                    return owner.Id == ctx.Caller.Id || SharedBy(ctx, region).Contains(identifier) ? (region, item) : null;
            return null;
        }
        foreach (var (owner, item) in Visible(ctx, items, type, id))
            if (identifier == id(item)) return (owner, item);
        return null;
    }

    /// <summary>The caller's own items, then (in account order) other accounts' items that their shares give the caller.</summary>
    private static IEnumerable<(EmulatedRegion Owner, T Item)> Visible<T>(EmulatedContext ctx, Func<EmulatedRegion, IEnumerable<T>> items, string type, Func<T, string> id)
    {
        foreach (var region in ctx.World.RegionsNamed(ctx.Region))
        {
            if (region.AccountId == ctx.Caller.Id)
            {
                foreach (var item in items(region)) yield return (region, item);
                continue;
            }
            if (region.Shares.Count == 0) continue;
            var shared = SharedBy(ctx, region);
            if (shared.Count == 0) continue;
            foreach (var item in items(region))
                if (shared.Contains(region.LatticeArn(type, id(item)))) yield return (region, item);
        }
    }

    /// <summary>The resource ARNs that the region owner's ACTIVE shares give the caller.</summary>
    private static HashSet<string> SharedBy(EmulatedContext ctx, EmulatedRegion owner)
    {
        var arns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in owner.Shares)
            if (s.Status == "ACTIVE" && s.Principals.Any(p => ctx.World.PrincipalCovers(p, ctx.Caller)))
                arns.UnionWith(s.ResourceArns);
        return arns;
    }
}
