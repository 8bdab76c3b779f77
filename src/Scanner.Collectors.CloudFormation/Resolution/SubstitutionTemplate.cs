namespace Scanner.Collectors.CloudFormation.Resolution;

/// <summary>
/// Splits an <c>Fn::Sub</c> string into literal text and <c>${name}</c> variables. <c>${!x}</c> is the literal
/// <c>${x}</c>; an unterminated <c>${</c> stays literal text.
/// </summary>
internal static class SubstitutionTemplate
{
    public readonly record struct Part(bool IsLiteral, string Text);

    public static IEnumerable<Part> Parse(string template)
    {
        var i = 0;
        while (i < template.Length)
        {
            var start = template.IndexOf("${", i, StringComparison.Ordinal);
            var end = start < 0 ? -1 : template.IndexOf('}', start + 2);
            if (start < 0 || end < 0)
            {
                yield return new Part(true, template[i..]);
                yield break;
            }
            if (start > i) yield return new Part(true, template[i..start]);
            var name = template[(start + 2)..end];
            if (name.StartsWith('!')) yield return new Part(true, "${" + name[1..] + "}");
            else yield return new Part(false, name.Trim());
            i = end + 1;
        }
    }
}
