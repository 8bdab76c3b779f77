using Scanner.Core.Collection;

namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// Picks the reader: text whose first non-blank character is <c>{</c> is read as JSON; should that fail, it is
/// tried as YAML (a YAML flow mapping also starts with <c>{</c>) and the JSON error is reported if YAML fails too.
/// </summary>
internal static class TemplateParser
{
    public static TemplateNode? Parse(string text, string file, ParseLimits limits)
    {
        if (!LooksLikeJson(text)) return YamlTemplateReader.Read(text, file, limits);
        try
        {
            return JsonTemplateReader.Read(text, file, limits);
        }
        catch (InputException jsonError)
        {
            try
            {
                return YamlTemplateReader.Read(text, file, limits);
            }
            catch (InputException)
            {
                throw jsonError;
            }
        }
    }

    private static bool LooksLikeJson(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            return c == '{';
        }
        return false;
    }
}
