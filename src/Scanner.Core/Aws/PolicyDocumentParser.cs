using System.Text.Json;
using Scanner.Core.Inventory;
using Doc = Scanner.Core.Schema.PolicyDocumentProperties;
using Stmt = Scanner.Core.Schema.PolicyStatementProperties;
using Cond = Scanner.Core.Schema.PolicyConditionProperties;

namespace Scanner.Core.Aws;

/// <summary>
/// Turns an IAM-style policy document (auth policy, resource policy) into the normalised
/// <see cref="Schema.InventorySchema.PolicyDocument"/> shape, so rules read statements, principals and
/// organisation conditions instead of raw JSON. Never throws: a document that does not parse carries
/// <c>parseError</c> and no statements.
/// </summary>
public static class PolicyDocumentParser
{
    private static readonly HashSet<string> OrganizationKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "aws:principalorgid", "aws:principalorgpaths", "aws:sourceorgid", "aws:sourceorgpaths",
        "aws:resourceorgid", "aws:resourceorgpaths",
    };

    private static readonly HashSet<string> AccountKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "aws:principalaccount", "aws:sourceaccount", "aws:resourceaccount",
    };

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static Value Parse(string document)
    {
        try
        {
            using var doc = JsonDocument.Parse(document, Options);
            return FromRoot(doc.RootElement, document);
        }
        catch (JsonException e)
        {
            return new PropertyMapBuilder().Set(Doc.Raw, document).Set(Doc.ParseError, e.Message).Set(Doc.Statements, Value.EmptyList).Build();
        }
    }

    private static Value FromRoot(JsonElement root, string raw)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return new PropertyMapBuilder().Set(Doc.Raw, raw).Set(Doc.ParseError, "policy document is not a JSON object").Set(Doc.Statements, Value.EmptyList).Build();
        var statements = new List<Value>();
        if (root.TryGetProperty("Statement", out var st))
        {
            if (st.ValueKind == JsonValueKind.Array) statements.AddRange(st.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object).Select(Statement));
            else if (st.ValueKind == JsonValueKind.Object) statements.Add(Statement(st));
        }
        return new PropertyMapBuilder().Set(Doc.Raw, raw).Set(Doc.Statements, Value.List(statements)).Build();
    }

    private static Value Statement(JsonElement s)
    {
        var principals = new List<string>();
        var anyPrincipal = false;
        var notPrincipal = s.TryGetProperty("NotPrincipal", out _);
        if (s.TryGetProperty("Principal", out var p) || s.TryGetProperty("NotPrincipal", out p))
        {
            if (p.ValueKind == JsonValueKind.String)
            {
                principals.Add(p.GetString()!);
                anyPrincipal |= p.GetString() == "*";
            }
            else if (p.ValueKind == JsonValueKind.Object)
            {
                foreach (var prop in p.EnumerateObject())
                foreach (var v in Strings(prop.Value))
                {
                    principals.Add(v);
                    if (v == "*" && prop.NameEquals("AWS")) anyPrincipal = true;
                }
            }
        }
        var conditions = new List<Value>();
        var orgIds = new List<string>();
        var conditionAccounts = new List<string>();
        var hasOrg = false;
        if (s.TryGetProperty("Condition", out var c) && c.ValueKind == JsonValueKind.Object)
        {
            foreach (var op in c.EnumerateObject())
            {
                if (op.Value.ValueKind != JsonValueKind.Object) continue;
                foreach (var key in op.Value.EnumerateObject())
                {
                    var values = Strings(key.Value).ToList();
                    var lowerKey = key.Name.ToLowerInvariant();
                    conditions.Add(new PropertyMapBuilder().Set(Cond.Operator, op.Name).Set(Cond.Key, lowerKey).Set(Cond.Values, Value.Strings(values)).Build());
                    var negated = op.Name.Contains("Not", StringComparison.Ordinal);
                    if (OrganizationKeys.Contains(lowerKey) && !negated && !op.Name.StartsWith("Null", StringComparison.Ordinal))
                    {
                        hasOrg = true;
                        foreach (var v in values)
                        {
                            var org = v.Split('/')[0];
                            if (org.StartsWith("o-", StringComparison.Ordinal)) orgIds.Add(org);
                        }
                    }
                    if (AccountKeys.Contains(lowerKey) && !negated) conditionAccounts.AddRange(values.Where(AccountId.IsValid));
                }
            }
        }
        return new PropertyMapBuilder()
            .Set(Stmt.Sid, s.TryGetProperty("Sid", out var sid) && sid.ValueKind == JsonValueKind.String ? sid.GetString() : null)
            .Set(Stmt.Effect, s.TryGetProperty("Effect", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null)
            .Set(Stmt.Principals, Value.Strings(principals))
            .Set(Stmt.AnyPrincipal, anyPrincipal)
            .Set(Stmt.NotPrincipal, notPrincipal)
            .Set(Stmt.PrincipalAccounts, Value.Strings(principals.Select(PrincipalAccount).OfType<string>().Distinct()))
            .Set(Stmt.Actions, Value.Strings(s.TryGetProperty("Action", out var a) ? Strings(a) : s.TryGetProperty("NotAction", out var na) ? Strings(na) : []))
            .Set(Stmt.NotAction, s.TryGetProperty("NotAction", out _))
            .Set(Stmt.Resources, Value.Strings(s.TryGetProperty("Resource", out var r) ? Strings(r) : s.TryGetProperty("NotResource", out var nr) ? Strings(nr) : []))
            .Set(Stmt.Conditions, Value.List(conditions))
            .Set(Stmt.HasOrganizationCondition, hasOrg)
            .Set(Stmt.OrganizationIds, Value.Strings(orgIds.Distinct()))
            .Set(Stmt.ConditionAccounts, Value.Strings(conditionAccounts.Distinct()))
            .Build();
    }

    private static string? PrincipalAccount(string principal) =>
        AccountId.IsValid(principal) ? principal : Arn.AccountOf(principal) is { } a && AccountId.IsValid(a) ? a : null;

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Array => e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray(),
        JsonValueKind.True => ["true"],
        JsonValueKind.False => ["false"],
        JsonValueKind.Number => [e.GetRawText()],
        _ => [],
    };
}
