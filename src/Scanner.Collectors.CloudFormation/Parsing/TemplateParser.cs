using Scanner.Core.Collection;

namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// Picks the reader: text whose first non-blank character is <c>{</c> is read as JSON; should that fail, it is
/// tried as YAML (a YAML flow mapping also starts with <c>{</c>). The JSON error is reported when the YAML reading
/// fails too or does not give a template (broken JSON often is valid YAML of a different shape).
/// </summary>
internal static class TemplateParser
{
    public static TemplateModel Read(TemplateSource source, string file, ParseLimits limits)
    {
        if (!source.LooksLikeJson()) return TemplateModel.From(YamlTemplateReader.Read(source, file, limits), file);
        InputException jsonError;
        var held = limits.Budget?.Held ?? 0;
        try
        {
            return TemplateModel.From(JsonTemplateReader.Read(source, file, limits), file);
        }
        catch (InputException e) when (e.Line > 0)
        {
            // A positioned error is a syntax error: the text may still be a YAML flow mapping. What the JSON reading held
            // is let go with its tree (the packer's table, which stays, is held again whole by the YAML reading).
            jsonError = e;
            limits.Budget?.Release(limits.Budget.Held - held);
        }
        try
        {
            return TemplateModel.From(YamlTemplateReader.Read(source, file, limits), file);
        }
        catch (InputException)
        {
            throw jsonError;
        }
    }
}
