using System.Text.Json;
using Scanner.AwsEmulator.Wire;
using Scanner.AwsEmulator.World;

namespace Scanner.AwsEmulator.Handlers;

/// <summary>AWS Organizations (awsJson1.1, <c>X-Amz-Target: AWSOrganizationsV20161128.&lt;Op&gt;</c>, PascalCase members).</summary>
internal sealed class OrganizationsHandler : IEmulatedHandler
{
    private const string Prefix = "AWSOrganizationsV20161128.";
    private static readonly string[] Operations = ["DescribeOrganization", "ListAccounts", "ListRoots", "ListChildren", "ListAccountsForParent"];

    public EmulatedProtocol Protocol => EmulatedProtocol.Json11;

    public string? Operation(EmulatedRequest request)
    {
        var target = request.Header("x-amz-target");
        if (request.Method != "POST" || target is null || !target.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var op = target[Prefix.Length..];
        return Operations.Contains(op) ? op : null;
    }

    public EmulatedResponse Handle(EmulatedRequest request, string operation, EmulatedContext ctx)
    {
        var body = JsonOut.ParseBody(request);
        var world = ctx.World;
        if (!ctx.Caller.InOrganization) throw new EmulatedBadRequestException("AWSOrganizationsNotInUseException", "Your account is not a member of an organization.");
        if (operation == "DescribeOrganization") return Json(w => Organization(w, world));
        if (ctx.Caller.Id != world.ManagementAccountId) throw new EmulatedAccessDeniedException();
        var members = world.Accounts.Where(a => a.InOrganization).ToList();
        return operation switch
        {
            "ListAccounts" => Page(body, ctx, "Accounts", members, (w, a) => Account(w, world, a)),
            "ListRoots" => Page(body, ctx, "Roots", [world.RootId], (w, r) =>
            {
                w.WriteString("Id", r);
                w.WriteString("Arn", $"arn:aws:organizations::{world.ManagementAccountId}:root/{world.OrganizationId}/{r}");
                w.WriteString("Name", "Root");
                w.WriteStartArray("PolicyTypes");
                w.WriteEndArray();
            }),
            "ListAccountsForParent" => Page(body, ctx, "Accounts", members.Where(a => a.ParentId == Parent(body, world)).ToList(), (w, a) => Account(w, world, a)),
            "ListChildren" => Children(body, ctx),
            _ => throw new EmulatedBadRequestException("InvalidInputException", operation),
        };
    }

    private static string Parent(JsonElement body, EmulatedWorld world)
    {
        var id = body.Str("ParentId") ?? throw new EmulatedBadRequestException("InvalidInputException", "ParentId is required");
        if (id != world.RootId && world.OrganizationalUnits.All(o => o.Id != id))
            throw new EmulatedBadRequestException("ParentNotFoundException", "We can't find a root or OU with the ParentId that you specified.");
        return id;
    }

    private static EmulatedResponse Children(JsonElement body, EmulatedContext ctx)
    {
        var parent = Parent(body, ctx.World);
        var type = body.Str("ChildType");
        List<(string Id, string Type)> items = type switch
        {
            "ACCOUNT" => ctx.World.Accounts.Where(a => a.InOrganization && a.ParentId == parent).Select(a => (a.Id, "ACCOUNT")).ToList(),
            "ORGANIZATIONAL_UNIT" => ctx.World.OrganizationalUnits.Where(o => o.ParentId == parent).Select(o => (o.Id, "ORGANIZATIONAL_UNIT")).ToList(),
            _ => throw new EmulatedBadRequestException("InvalidInputException", "ChildType must be ACCOUNT or ORGANIZATIONAL_UNIT"),
        };
        return Page(body, ctx, "Children", items, (w, c) =>
        {
            w.WriteString("Id", c.Id);
            w.WriteString("Type", c.Type);
        });
    }

    private static EmulatedResponse Json(Action<Utf8JsonWriter> write) =>
        new(200, "application/x-amz-json-1.1", System.Text.Encoding.UTF8.GetBytes(JsonOut.Object(write)));

    private static EmulatedResponse Page<T>(JsonElement body, EmulatedContext ctx, string key, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        var (page, next) = EmulatedPaging.Page(items, body.Str("NextToken"), body.Int("MaxResults"), ctx);
        return Json(w => w.Page(key, page, write, "NextToken", next));
    }

    private static void Organization(Utf8JsonWriter w, EmulatedWorld world)
    {
        w.WriteStartObject("Organization");
        w.WriteString("Id", world.OrganizationId);
        w.WriteString("Arn", world.OrganizationArn);
        w.WriteString("FeatureSet", "ALL");
        w.WriteString("MasterAccountArn", $"arn:aws:organizations::{world.ManagementAccountId}:account/{world.OrganizationId}/{world.ManagementAccountId}");
        w.WriteString("MasterAccountId", world.ManagementAccountId);
        w.WriteString("MasterAccountEmail", "management@example.com");
        w.WriteStartArray("AvailablePolicyTypes");
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Account(Utf8JsonWriter w, EmulatedWorld world, EmulatedAccount a)
    {
        w.WriteString("Id", a.Id);
        w.WriteString("Arn", $"arn:aws:organizations::{world.ManagementAccountId}:account/{world.OrganizationId}/{a.Id}");
        w.WriteString("Email", a.Email);
        w.WriteString("Name", a.Name);
        w.WriteString("Status", a.Status);
        w.WriteString("State", a.Status);
        w.WriteString("JoinedMethod", "CREATED");
        w.EpochTime("JoinedTimestamp");
    }
}
