using System.Text;
using System.Text.Json;
using Scanner.Core.Aws;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Scanner.Pipeline.Snapshot;
using Scanner.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Scanner.Pipeline.RuleCases;

/// <summary>
/// Reads a rule's case file. Shape (documented in <c>rules/README.md</c>):
/// <code>
/// rule: LATTICE-GW-001
/// organization: { id: o-…, accounts: [ … ] }   # optional, for every case (live cases state theirs inside 'live')
/// live_never_fires: why                        # optional: the rule excludes live resources by design
/// cases:
///   - name: open-ipv4-ingress
///     why: 0.0.0.0/0 reaches the gateway ENIs from anywhere
///     fires: [aws_vpclattice_resource_gateway.gw]   # exact; [] means nothing may fire
///     terraform: { resources: [ … ] }  |  terraform_plan: { … }  |  cloudformation: "template text"  |  inventory: { resources: [ … ] }
///     live: { organization: { … }, accounts: { … } }   # what AWS returns, in AWS's shapes
/// </code>
/// </summary>
public static class RuleCaseFileReader
{
    private static readonly HashSet<string> CaseKeys = ["name", "why", "fires", "undecided", "organization", "terraform", "terraform_plan", "cloudformation", "inventory", "live"];

    public static RuleCaseFile Read(string path)
    {
        var root = YamlDocumentLoader.LoadFile(path) as YamlMappingNode ?? throw new InputException(path, "a case file must be a mapping with 'rule' and 'cases'", 1, 1);
        string? ruleId = null, liveNeverFires = null;
        var fileOrg = OrganizationContext.None;
        YamlSequenceNode? cases = null;
        foreach (var (k, v) in root.Children)
        {
            switch (Key(k, path))
            {
                case "rule": ruleId = Scalar(v, path, "'rule'"); break;
                case "organization": fileOrg = Organization(v, path); break;
                case "cases": cases = v as YamlSequenceNode ?? throw Error(v, path, "'cases' must be a list"); break;
                case "live_never_fires": liveNeverFires = Scalar(v, path, "'live_never_fires' (why the rule cannot fire on a live scan)"); break;
                default: throw Error(k, path, $"unknown field '{Key(k, path)}' in a case file (rule, organization, live_never_fires, cases)");
            }
        }
        if (ruleId is null) throw Error(root, path, "missing 'rule: RULE-ID'");
        if (cases is null) throw Error(root, path, "missing 'cases'");
        var list = new List<RuleCase>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in cases.Children)
        {
            var rc = ReadCase(c, path, fileOrg);
            if (!names.Add(rc.Name)) throw Error(c, path, $"duplicate case name '{rc.Name}'");
            list.Add(rc);
        }
        return new RuleCaseFile(path, ruleId, list) { LiveNeverFires = liveNeverFires };
    }

    private static RuleCase ReadCase(YamlNode node, string path, OrganizationContext fileOrg)
    {
        var map = node as YamlMappingNode ?? throw Error(node, path, "each case must be a mapping");
        string? name = null, why = null;
        List<string>? fires = null;
        List<string>? undecided = null;
        var org = fileOrg;
        YamlNode? caseOrg = null;
        (CaseInputForm Form, string Input)? input = null;
        foreach (var (k, v) in map.Children)
        {
            var key = Key(k, path);
            if (!CaseKeys.Contains(key)) throw Error(k, path, $"unknown case field '{key}' ({string.Join(", ", CaseKeys.Order(StringComparer.Ordinal))})");
            switch (key)
            {
                case "name": name = Scalar(v, path, "'name'"); break;
                case "why": why = Scalar(v, path, "'why'"); break;
                case "fires":
                    fires = (v as YamlSequenceNode ?? throw Error(v, path, "'fires' must be a list of resource names (empty: nothing may fire)"))
                        .Children.Select(x => Scalar(x, path, "each entry of 'fires'")).ToList();
                    break;
                case "undecided":
                    undecided = (v as YamlSequenceNode ?? throw Error(v, path, "'undecided' must be a list of resource names (empty: the rule decides everything)"))
                        .Children.Select(x => Scalar(x, path, "each entry of 'undecided'")).ToList();
                    break;
                case "organization": org = Organization(v, path); caseOrg = k; break;
                default:
                    if (input is not null) throw Error(k, path, "a case has exactly one input (terraform, terraform_plan, cloudformation, inventory or live)");
                    input = key switch
                    {
                        "terraform" => (CaseInputForm.Terraform, TerraformCaseInput.ToPlanJson(ToValue(v, path))),
                        "terraform_plan" => (CaseInputForm.Terraform, ToJson(ToValue(v, path))),
                        "cloudformation" => (CaseInputForm.CloudFormation, Scalar(v, path, "'cloudformation' (the template text, as a block scalar)")),
                        "live" => (CaseInputForm.Live, ToJson(ToValue(v, path))),
                        _ => (CaseInputForm.Inventory, SnapshotJson(ToValue(v, path))),
                    };
                    break;
            }
        }
        if (name is null) throw Error(node, path, "a case needs a 'name'");
        if (why is null) throw Error(node, path, $"case '{name}' needs 'why' (the reason it must or must not fire)");
        if (fires is null) throw Error(node, path, $"case '{name}' needs 'fires' (the exact resources that must fire; [] for none)");
        if (input is null) throw Error(node, path, $"case '{name}' needs an input: terraform, terraform_plan, cloudformation, inventory or live");
        if (input.Value.Form == CaseInputForm.Live && caseOrg is not null)
            throw Error(caseOrg, path, $"case '{name}': a live case states its organization inside 'live' (organization: Id, MasterAccountId, Accounts), as Organizations returns it");
        return new RuleCase
        {
            Name = name, Why = why, Fires = fires, Undecided = undecided, Form = input.Value.Form, Input = input.Value.Input,
            Organization = org, Line = (int)node.Start.Line,
        };
    }

    private static OrganizationContext Organization(YamlNode v, string path)
    {
        var map = v as YamlMappingNode ?? throw Error(v, path, "'organization' must be a mapping with id and accounts");
        string? id = null;
        var accounts = new List<string>();
        foreach (var (k, x) in map.Children)
        {
            switch (Key(k, path))
            {
                case "id": id = Scalar(x, path, "'organization.id'"); break;
                case "accounts":
                    accounts.AddRange((x as YamlSequenceNode ?? throw Error(x, path, "'organization.accounts' must be a list"))
                        .Children.Select(a => Scalar(a, path, "an account id")));
                    break;
                default: throw Error(k, path, "unknown field in 'organization' (id, accounts)");
            }
        }
        return new OrganizationContext(id, accounts);
    }

    private static string SnapshotJson(Value inventory)
    {
        var resources = inventory.Get("resources") ?? Value.EmptyList;
        var wrapped = new MapBuilder()
            .Set("format", InventorySnapshot.FormatName)
            .Set("version", (double)InventorySnapshot.FormatVersion)
            .Set("resources", resources)
            .Build();
        return ToJson(wrapped);
    }

    private static string ToJson(Value v)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer)) ValueJson.Write(w, v);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static Value ToValue(YamlNode node, string path)
    {
        var budget = 200_000;
        try
        {
            return YamlValues.ToValue(node, ref budget);
        }
        catch (YamlLimitException e)
        {
            throw new InputException(path, e.Message, e.Line, e.Column);
        }
    }

    private static string Key(YamlNode k, string path) => k is YamlScalarNode { Value: { } s } ? s : throw Error(k, path, "keys must be strings");

    private static string Scalar(YamlNode v, string path, string what) =>
        v is YamlScalarNode { Value: { } s } ? s : throw Error(v, path, $"{what} must be a string");

    private static InputException Error(YamlNode n, string path, string reason) => new(path, reason, (int)n.Start.Line, (int)n.Start.Column);
}
