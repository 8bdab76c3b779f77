using System.Globalization;
using Scanner.Core.Inventory;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Scanner.Rules.Yaml;

/// <summary>Converts YAML nodes to inventory values with YAML 1.2 core-schema typing of plain scalars.</summary>
public static class YamlValues
{
    /// <summary>Converts a node; <paramref name="budget"/> bounds how many nodes may be visited (alias bombs).</summary>
    public static Value ToValue(YamlNode node, ref int budget, int depth = 0)
    {
        if (--budget < 0) throw new YamlLimitException(node, "document expands to too many nodes (alias expansion limit)");
        if (depth > 64) throw new YamlLimitException(node, "document nests deeper than 64 levels");
        switch (node)
        {
            case YamlScalarNode s:
                return Scalar(s);
            case YamlSequenceNode seq:
            {
                var items = new List<Value>(seq.Children.Count);
                foreach (var c in seq.Children) items.Add(ToValue(c, ref budget, depth + 1));
                return Value.List(items);
            }
            case YamlMappingNode map:
            {
                var entries = new List<KeyValuePair<string, Value>>(map.Children.Count);
                foreach (var (k, v) in map.Children)
                    entries.Add(new(k is YamlScalarNode ks ? ks.Value ?? "" : k.ToString(), ToValue(v, ref budget, depth + 1)));
                return Value.Map(entries);
            }
            default:
                return Value.Null;
        }
    }

    public static Value Scalar(YamlScalarNode s)
    {
        var text = s.Value ?? "";
        if (s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
            return Value.From(text);
        switch (text)
        {
            case "true" or "True" or "TRUE": return Value.True;
            case "false" or "False" or "FALSE": return Value.False;
            case "null" or "Null" or "NULL" or "~" or "": return Value.Null;
        }
        if (LooksNumeric(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
            return Value.From(n);
        return Value.From(text);
    }

    /// <summary>True for a YAML core-schema integer or float (so that <c>0.0.0.0/0</c> or <c>1e3x</c> stay strings).</summary>
    private static bool LooksNumeric(string text)
    {
        if (text.Length == 0 || text.Length > 32) return false;
        var i = 0;
        if (text[0] is '-' or '+') i++;
        var digits = 0;
        var dot = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c)) digits++;
            else if (c == '.' && !dot) dot = true;
            else return false;
        }
        return digits > 0;
    }
}
