namespace Scanner.Collectors.Terraform.Configuration;

/// <summary>
/// Splits Terraform addresses and reference strings (<c>module.net["a.b"].aws_x.y[0].id</c>) into dot-separated
/// segments without breaking inside instance keys, which may hold dots, quotes and brackets.
/// </summary>
internal static class TerraformAddress
{
    public static List<string> Segments(string address)
    {
        // Substrings between the dots outside instance keys; no per-character copying (addresses are split for every
        // resource and reference of a plan, so this is on the collector's hot path).
        var result = new List<string>(4);
        if (address.AsSpan().IndexOfAny('[', '"') < 0)
        {
            var from = 0;
            for (var dot = address.IndexOf('.'); dot >= 0; dot = address.IndexOf('.', from))
            {
                result.Add(address[from..dot]);
                from = dot + 1;
            }
            result.Add(address[from..]);
            return result;
        }
        var start = 0;
        int bracket = 0;
        bool inString = false, escaped = false;
        for (var i = 0; i < address.Length; i++)
        {
            var c = address[i];
            if (inString)
            {
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') inString = false;
                continue;
            }
            switch (c)
            {
                case '"': inString = true; break;
                case '[': bracket++; break;
                case ']': bracket = Math.Max(0, bracket - 1); break;
                case '.' when bracket == 0:
                    result.Add(address[start..i]);
                    start = i + 1;
                    break;
            }
        }
        result.Add(address[start..]);
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
