using System.Text;
using CsCheck;
using Scanner.Core.Collection;
using Scanner.Pipeline.Configuration;
using Scanner.Pipeline.Suppressions;
using Scanner.Rules;

namespace Scanner.Pipeline.Tests;

/// <summary>
/// Random corruption (insert, replace, delete a few bytes) of valid rule, config, suppressions and account-list
/// files: each reader returns a result or one <see cref="InputException"/> naming the file, never another exception
/// (which would reach the user as exit 70). Bounded iterations, so each runs in about a second.
/// </summary>
public sealed class ReaderFuzzTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("latticescan-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Config = """
        organization:
          id: o-a1b2c3d4e5
          accounts: ["111111111111", "222222222222"]
        rules:
          include: [LATTICE-GW-004]
          skip: []
          tags: [network]
          severity: { LATTICE-GW-004: low }
        fail_on: high
        """;

    private const string Suppressions = """
        suppressions:
          - rule: LATTICE-GW-004
            resource: "*db*"
            reason: accepted for the migration
            owner: platform-team
            expires: 2099-01-01
        """;

    private static Gen<byte[]> Mutations(byte[] valid) =>
        Gen.Select(Gen.Int[0, valid.Length - 1], Gen.Byte, Gen.Int[0, 2]).Array[1, 4].Select(ops =>
        {
            var list = valid.ToList();
            foreach (var (at, value, op) in ops)
            {
                var i = Math.Min(at, list.Count - 1);
                if (op == 0) list[i] = value;
                else if (op == 1) list.Insert(i, value);
                else if (list.Count > 1) list.RemoveAt(i);
            }
            return list.ToArray();
        });

    private void Fuzz(string valid, Action<string> read)
    {
        var path = Path.Combine(_dir, "input.yaml");
        Mutations(Encoding.UTF8.GetBytes(valid)).Sample(bytes =>
        {
            File.WriteAllBytes(path, bytes);
            try { read(path); }
            catch (InputException e) { Assert.StartsWith(path, e.Message); }
        }, iter: 400, threads: 1);
    }

    [Fact]
    public void RuleFile_RandomMutations_OnlyInputErrors() =>
        Fuzz(File.ReadAllText(Path.Combine(RepoPaths.Root, "rules/gateway/gateway-default-or-no-security-group.yaml")), p => new RuleLoader().LoadFile(p));

    [Fact]
    public void ConfigFile_RandomMutations_OnlyInputErrors() => Fuzz(Config, p => ScannerConfigReader.Read(p));

    [Fact]
    public void SuppressionsFile_RandomMutations_OnlyInputErrors() => Fuzz(Suppressions, p => SuppressionFileReader.Read(p));

    [Fact]
    public void AccountList_RandomMutations_OnlyInputErrors() => Fuzz("# accounts\n111111111111\n222222222222,333333333333\n", p => AccountList.ReadFile(p));
}
