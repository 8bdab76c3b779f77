using System.Text;

namespace Scanner.Collectors.Terraform.Configuration;

/// <summary>
/// Splits Terraform addresses and reference strings (<c>module.net["a.b"].aws_x.y[0].id</c>) into dot-separated
/// segments without breaking inside instance keys, which may hold dots, quotes and brackets.
/// </summary>
internal static class TerraformAddress
{
    public static List<string> Segments(string address)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        int bracket = 0;
        bool inString = false, escaped = false;
        foreach (var c in address)
        {
            if (inString)
            {
                current.Append(c);
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') inString = false;
                continue;
            }
            switch (c)
            {
                case '"': inString = true; current.Append(c); break;
                case '[': bracket++; current.Append(c); break;
                case ']': bracket = Math.Max(0, bracket - 1); current.Append(c); break;
                case '.' when bracket == 0:
                    result.Add(current.ToString());
                    current.Clear();
                    break;
                default: current.Append(c); break;
            }
        }
        result.Add(current.ToString());
        return result;
    }

    /// <summary>Splits <c>name["k"]</c> into <c>name</c> and <c>["k"]</c> (key null when there is none).</summary>
    public static (string Name, string? Key) SplitKey(string segment)
    {
        var i = segment.IndexOf('[');
        return i < 0 ? (segment, null) : (segment[..i], segment[i..]);
    }

    /// <summary><c>module.a["x"].module.b[0]</c> → <c>module.a.module.b</c>.</summary>
    public static string StripKeys(string moduleAddress)
    {
        if (moduleAddress.Length == 0 || moduleAddress.IndexOf('[') < 0) return moduleAddress;
        return string.Join('.', Segments(moduleAddress).Select(s => SplitKey(s).Name));
    }

    /// <summary>The module instance address above the last <c>module.x[k]</c> pair, and that pair's key.</summary>
    public static (string Parent, string? Key) ParentModule(string moduleInstance)
    {
        var segments = Segments(moduleInstance);
        if (segments.Count < 2) return ("", null);
        var key = SplitKey(segments[^1]).Key;
        return (string.Join('.', segments.Take(segments.Count - 2)), key);
    }

    public static string Join(string moduleInstance, string relative) =>
        moduleInstance.Length == 0 ? relative : moduleInstance + "." + relative;
}
