using System.Text.Json;
using Scanner.AwsEmulator.Wire;
using Scanner.AwsEmulator.World;

namespace Scanner.AwsEmulator.Handlers;

/// <summary>AWS RAM (rest-json, every read is <c>POST /&lt;operation in lower case&gt;</c> with a JSON body).</summary>
internal sealed class RamHandler : IEmulatedHandler
{
    private static readonly string[] Operations =
        ["GetResourceShares", "ListResources", "GetResourceShareAssociations", "ListPrincipals", "ListResourceSharePermissions"];

    public EmulatedProtocol Protocol => EmulatedProtocol.RestJson;

    public string? Operation(EmulatedRequest request) =>
        request.Method == "POST" ? Operations.FirstOrDefault(o => "/" + o.ToLowerInvariant() == request.RawPath) : null;

    public EmulatedResponse Handle(EmulatedRequest request, string operation, EmulatedContext ctx)
    {
        var body = JsonOut.ParseBody(request);
        return operation switch
        {
            "GetResourceShares" => Page(body, ctx, "resourceShares",
                Shares(body, ctx).Where(x => body.Str("resourceShareStatus") is not { } status || x.Share.Status == status).ToList(), (w, x) => Share(w, x.Owner, x.Share)),
            "ListResources" => ListResources(body, ctx),
            "GetResourceShareAssociations" => Associations(body, ctx),
            "ListPrincipals" => ListPrincipals(body, ctx),
            "ListResourceSharePermissions" => Permissions(body, ctx),
            _ => throw new EmulatedBadRequestException("InvalidParameterException", operation),
        };
    }

    private static EmulatedResponse Page<T>(JsonElement body, EmulatedContext ctx, string key, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        var (page, next) = EmulatedPaging.Page(items, body.Str("nextToken"), body.Int("maxResults"), ctx);
        return EmulatedResponse.Json(JsonOut.Object(w => w.Page(key, page, write, "nextToken", next)));
    }

    private static string Owner(JsonElement body) =>
        body.Str("resourceOwner") is { } o && (o == "SELF" || o == "OTHER-ACCOUNTS") ? o
            : throw new EmulatedBadRequestException("InvalidParameterException", "resourceOwner must be SELF or OTHER-ACCOUNTS");

    private static List<(EmulatedRegion Owner, EmulatedShare Share)> Shares(JsonElement body, EmulatedContext ctx)
    {
        var owner = Owner(body);
        var all = ctx.World.RegionsNamed(ctx.Region).SelectMany(r => r.Shares.Select(s => (Owner: r, Share: s)));
        var items = owner == "SELF"
            ? all.Where(x => x.Owner.AccountId == ctx.Caller.Id)
            : all.Where(x => x.Owner.AccountId != ctx.Caller.Id && x.Share.Status == "ACTIVE" && x.Share.Principals.Any(p => ctx.World.PrincipalCovers(p, ctx.Caller)));
        if (body.StrList("resourceShareArns") is { } arns)
            items = items.Where(x => arns.Contains(EmulatedArns.Share(ctx.Region, x.Owner.AccountId, x.Share.Id)));
        return items.ToList();
    }

    private static void Share(Utf8JsonWriter w, EmulatedRegion owner, EmulatedShare s)
    {
        w.WriteString("resourceShareArn", EmulatedArns.Share(owner.Name, owner.AccountId, s.Id));
        w.WriteString("name", s.Name);
        w.WriteString("owningAccountId", owner.AccountId);
        w.WriteBoolean("allowExternalPrincipals", s.AllowExternalPrincipals);
        w.WriteString("status", s.Status);
        w.WriteStartArray("tags");
        w.WriteEndArray();
        w.EpochTime("creationTime");
        w.EpochTime("lastUpdatedTime");
        w.WriteString("featureSet", "STANDARD");
    }

    private static string TypeOf(string arn) =>
        arn.Contains(":servicenetwork/", StringComparison.Ordinal) ? "vpc-lattice:ServiceNetwork"
        : arn.Contains(":resourceconfiguration/", StringComparison.Ordinal) ? "vpc-lattice:ResourceConfiguration"
        : arn.Contains(":service/", StringComparison.Ordinal) ? "vpc-lattice:Service"
        : arn.Contains(":subnet/", StringComparison.Ordinal) ? "ec2:Subnet" : "unknown";

    private EmulatedResponse ListResources(JsonElement body, EmulatedContext ctx)
    {
        var type = body.Str("resourceType");
        var rows = Shares(body, ctx)
            .SelectMany(x => x.Share.ResourceArns.Select(a => (Share: EmulatedArns.Share(ctx.Region, x.Owner.AccountId, x.Share.Id), Arn: a)))
            .Where(r => type is null || TypeOf(r.Arn).Equals(type, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return Page(body, ctx, "resources", rows, (w, r) =>
        {
            w.WriteString("arn", r.Arn);
            w.WriteString("type", TypeOf(r.Arn));
            w.WriteString("resourceShareArn", r.Share);
            w.WriteString("status", "AVAILABLE");
            w.EpochTime("creationTime");
            w.EpochTime("lastUpdatedTime");
            w.WriteString("resourceRegionScope", "REGIONAL");
        });
    }

    private EmulatedResponse Associations(JsonElement body, EmulatedContext ctx)
    {
        var type = body.Str("associationType");
        if (type is not ("PRINCIPAL" or "RESOURCE")) throw new EmulatedBadRequestException("InvalidParameterException", "associationType must be PRINCIPAL or RESOURCE");
        var shares = ctx.Own.Shares.Where(s => body.StrList("resourceShareArns") is not { } arns || arns.Contains(EmulatedArns.Share(ctx.Region, ctx.Caller.Id, s.Id)));
        var rows = shares.SelectMany(s => (type == "PRINCIPAL" ? s.Principals : s.ResourceArns).Select(e => (Share: s, Entity: e))).ToList();
        return Page(body, ctx, "resourceShareAssociations", rows, (w, r) =>
        {
            w.WriteString("resourceShareArn", EmulatedArns.Share(ctx.Region, ctx.Caller.Id, r.Share.Id));
            w.WriteString("resourceShareName", r.Share.Name);
            w.WriteString("associatedEntity", r.Entity);
            w.WriteString("associationType", type);
            w.WriteString("status", "ASSOCIATED");
            w.EpochTime("creationTime");
            w.EpochTime("lastUpdatedTime");
            w.WriteBoolean("external", type == "PRINCIPAL" && ctx.World.IsExternal(r.Entity));
        });
    }

    private EmulatedResponse ListPrincipals(JsonElement body, EmulatedContext ctx)
    {
        // SELF: the principals the caller shares with; OTHER-ACCOUNTS: "principals that are sharing resources with your
        // account", i.e. the owning accounts, never the other recipients of their shares.
        var self = Owner(body) == "SELF";
        var rows = Shares(body, ctx)
            .SelectMany(x => (self ? x.Share.Principals : [x.Owner.AccountId])
                .Select(p => (Share: EmulatedArns.Share(ctx.Region, x.Owner.AccountId, x.Share.Id), Principal: p)))
            .ToList();
        return Page(body, ctx, "principals", rows, (w, r) =>
        {
            w.WriteString("id", r.Principal);
            w.WriteString("resourceShareArn", r.Share);
            w.EpochTime("creationTime");
            w.EpochTime("lastUpdatedTime");
            w.WriteBoolean("external", ctx.World.IsExternal(r.Principal));
        });
    }

    private EmulatedResponse Permissions(JsonElement body, EmulatedContext ctx)
    {
        var arn = body.Str("resourceShareArn") ?? throw new EmulatedBadRequestException("InvalidParameterException", "resourceShareArn is required");
        var share = ctx.World.RegionsNamed(ctx.Region).SelectMany(r => r.Shares.Select(s => (Owner: r, Share: s)))
            .FirstOrDefault(x => EmulatedArns.Share(ctx.Region, x.Owner.AccountId, x.Share.Id) == arn);
        if (share.Share is null) throw new EmulatedBadRequestException("UnknownResourceException", $"Resource share {arn} not found");
        if (share.Owner.AccountId != ctx.Caller.Id) throw new EmulatedAccessDeniedException();
        var types = share.Share.ResourceArns.Select(TypeOf).Distinct().ToList();
        return Page(body, ctx, "permissions", types, (w, t) =>
        {
            var name = "AWSRAMPermission" + t.Replace("vpc-lattice:", "VpcLattice", StringComparison.Ordinal).Replace("ec2:", "Ec2", StringComparison.Ordinal);
            w.WriteString("arn", "arn:aws:ram::aws:permission/" + name);
            w.WriteString("version", "1");
            w.WriteBoolean("defaultVersion", true);
            w.WriteString("name", name);
            w.WriteString("resourceType", t);
            w.WriteString("status", "ASSOCIATED");
            w.EpochTime("creationTime");
            w.EpochTime("lastUpdatedTime");
            w.WriteBoolean("isResourceTypeDefault", true);
            w.WriteString("permissionType", "AWS_MANAGED");
            w.WriteString("featureSet", "STANDARD");
        });
    }
}
