using System.Text;
using CsCheck;
using Scanner.Core.Collection;
using Xunit;

namespace Scanner.Collectors.Terraform.Tests;

/// <summary>A resource_changes entry that cannot be read, a repeated address or a repeated property is an error at its position, never a silent skip.</summary>
public sealed class PlanEntryStrictnessTests
{
    private const string Gateway = "{\"address\": \"aws_vpclattice_resource_gateway.db\", \"mode\": \"managed\", \"type\": \"aws_vpclattice_resource_gateway\", \"name\": \"db\", " +
        "\"change\": {\"actions\": [\"create\"], \"after\": {\"name\": \"db\", \"vpc_id\": \"vpc-1\", \"subnet_ids\": [\"subnet-1\"]}, \"after_unknown\": {}}}";

    private static string Plan(params string[] entries) =>
        "{\"format_version\": \"1.2\",\n\"resource_changes\": [\n" + string.Join(",\n", entries) + "\n]}";

    private static InputException Fail(string json) =>
        Assert.Throws<InputException>(() => new TerraformPlanCollector().CollectFromText(json, "plan.json"));

    [Theory]
    [InlineData("\"create\"")]
    [InlineData("[\"create\", 1]")]
    public void Collect_ActionsNotAnArrayOfStrings_IsAnError(string actions)
    {
        var e = Fail(Plan(Gateway.Replace("[\"create\"]", actions)));
        Assert.StartsWith("plan.json:3:1: resource_changes[0] (aws_vpclattice_resource_gateway.db): \"change.actions\" must be an array of strings", e.Message);
    }

    [Theory]
    [InlineData("\"address\": \"aws_vpclattice_resource_gateway.db\"", "\"address\": 5", "resource_changes[0]: \"address\" must be a string")]
    [InlineData("\"type\": \"aws_vpclattice_resource_gateway\"", "\"type\": null", "resource_changes[0] (aws_vpclattice_resource_gateway.db): \"type\" must be a string")]
    [InlineData("\"name\": \"db\"", "\"name\": [\"db\"]", "\"name\" must be a string")]
    [InlineData("\"mode\": \"managed\"", "\"mode\": 1", "\"mode\" must be a string")]
    public void Collect_IdentityNotAString_ErrorNamesIndexOrAddress(string from, string to, string expected)
    {
        Assert.Contains(expected, Fail(Plan(Gateway.Replace(from, to))).Message);
    }

    [Fact]
    public void Collect_ChangeNotAnObject_IsAnError()
    {
        var entry = "{\"address\": \"aws_vpclattice_resource_gateway.db\", \"mode\": \"managed\", \"type\": \"aws_vpclattice_resource_gateway\", \"name\": \"db\", \"change\": \"create\"}";
        Assert.Equal("plan.json:3:1: resource_changes[0] (aws_vpclattice_resource_gateway.db): \"change\" must be an object", Fail(Plan(entry)).Message);
    }

    [Fact]
    public void Collect_EntryNotAnObject_IsAnError()
    {
        Assert.Equal("plan.json:4:1: resource_changes[1]: the entry must be an object", Fail(Plan(Gateway, "\"aws_x.y\"")).Message);
    }

    [Fact]
    public void Collect_RepeatedAddress_IsAnErrorNotACollapse()
    {
        var e = Fail(Plan(Gateway, Gateway));
        Assert.Equal("plan.json:4:1: resource_changes[1] (aws_vpclattice_resource_gateway.db): repeats the address of resource_changes[0]; each address appears once in a plan", e.Message);
    }

    [Fact]
    public void Collect_DeposedCopyOfAnAddress_IsNotARepeat()
    {
        var deposed = Gateway.Replace("\"change\":", "\"deposed\": \"abc123\", \"change\":").Replace("[\"create\"]", "[\"delete\"]");
        Assert.Single(new TerraformPlanCollector().CollectFromText(Plan(Gateway, deposed), "plan.json").Resources);
    }

    [Fact]
    public void Collect_RepeatedProperty_IsAnErrorAtItsPosition()
    {
        var e = Fail("{\"format_version\": \"1.2\",\n\"resource_changes\": [],\n\"resource_changes\": [" + Gateway + "]}");
        Assert.Equal("plan.json:3:1: duplicate property: an object names the same property twice (the value would be ambiguous)", e.Message);
    }

    /// <summary>Sections the collector does not read are still checked whole, although they are never built.</summary>
    [Theory]
    [InlineData("\"planned_values\": {\"root_module\": {\"a\": 1,\n\"a\": 2}}", "plan.json:4:1: duplicate property")]
    [InlineData("\"prior_state\": {\"values\": [1,\n2,]}", "plan.json:4:3: malformed JSON")]
    [InlineData("\"planned_values\": \"x\"", "plan.json:3:19: malformed plan: 'planned_values' is a string, expected an object")]
    public void Collect_ProblemInASectionNotRead_IsStillAnErrorAtItsPosition(string section, string expected)
    {
        var e = Fail("{\"format_version\": \"1.2\",\n\"resource_changes\": [" + Gateway + "],\n" + section + "}");
        Assert.StartsWith(expected, e.Message);
    }

    /// <summary>Mutated plans: a result or one InputException naming the file, never another exception.</summary>
    [Fact]
    public void Collect_RandomMutations_OnlyInputErrors()
    {
        var valid = Encoding.UTF8.GetBytes(Plan(Gateway, Gateway.Replace(".db\"", ".db2\"").Replace("\"db\"", "\"db2\"")));
        Gen.Select(Gen.Int[0, valid.Length - 1], Gen.Byte[32, 126], Gen.Int[0, 2]).Array[1, 4].Sample(mutations =>
        {
            var list = valid.ToList();
            foreach (var (at, value, op) in mutations)
            {
                var i = Math.Min(at, list.Count - 1);
                if (op == 0) list[i] = value;
                else if (op == 1) list.Insert(i, value);
                else if (list.Count > 1) list.RemoveAt(i);
            }
            try { new TerraformPlanCollector().CollectFromText(Encoding.UTF8.GetString(list.ToArray()), "plan.json"); }
            catch (InputException e) { Assert.StartsWith("plan.json", e.Message); }
        }, iter: 3000);
    }

    public static TheoryData<string, bool> FileCases()
    {
        var data = new TheoryData<string, bool>();
        string[] plans =
        [
            Plan(Gateway, Gateway.Replace(".db", ".other").Replace("\"db\"", "\"other\"")),
            Plan(Gateway, Gateway),
            Plan(Gateway, Gateway.Replace("[\"create\"]", "\"create\"")),
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "lattice.plan.json")),
            // Roots that are not an object: read whole, after the file's text is let go.
            "[" + Gateway + "]",
            "\"format_version\"",
        ];
        foreach (var plan in plans)
            foreach (var bom in new[] { false, true })
                data.Add(plan, bom);
        return data;
    }

    /// <summary>
    /// A plan file is checked whole, then its entries are read again from the file one at a time: the resources, or
    /// the error with its position, are what reading the same text in memory gives.
    /// </summary>
    [Theory]
    [MemberData(nameof(FileCases))]
    public void Collect_FromAFile_GivesWhatTheSameTextGives(string plan, bool byteOrderMark)
    {
        var dir = Directory.CreateTempSubdirectory("latticescan-plan-").FullName;
        try
        {
            var path = Path.Combine(dir, "plan.json");
            File.WriteAllBytes(path, [.. (byteOrderMark ? [0xEF, 0xBB, 0xBF] : Array.Empty<byte>()), .. Encoding.UTF8.GetBytes(plan)]);
            var collector = new TerraformPlanCollector(new TerraformPlanOptions { SourceDirectory = dir });
            string? textError = null;
            Scanner.Core.Collection.CollectionResult? fromText = null;
            try { fromText = collector.CollectFromText((byteOrderMark ? "\uFEFF" : "") + plan, path); }
            catch (InputException e) { textError = e.Message; }

            if (textError is not null)
            {
                Assert.Equal(textError, Assert.Throws<InputException>(() => collector.Collect(path)).Message);
                return;
            }
            var fromFile = collector.Collect(path);
            Assert.NotEmpty(fromFile.Resources);
            Assert.Equal(Describe(fromText!), Describe(fromFile));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static IEnumerable<string> Describe(Scanner.Core.Collection.CollectionResult result) =>
        result.Resources.Select(r => $"{r.Key} {r.Kind} {r.Location} {r.Properties} {string.Join(",", r.References.Select(x => x.Relation + ">" + x.Target))}")
            .Concat(result.Diagnostics.Select(d => $"{d.Code} {d.Message} {d.Line}:{d.Column}"));
}

