using System.Globalization;
using System.Text;

namespace Scanner.AwsEmulator.Wire;

/// <summary>A tiny XML builder for EC2/STS responses (element names exactly as the models' locationNames).</summary>
internal sealed class XmlOut
{
    private readonly StringBuilder _sb = new();

    public XmlOut Open(string name, string? xmlns = null)
    {
        _sb.Append('<').Append(name);
        if (xmlns is not null) _sb.Append(" xmlns=\"").Append(xmlns).Append('"');
        _sb.Append('>');
        return this;
    }

    public XmlOut Close(string name)
    {
        _sb.Append("</").Append(name).Append('>');
        return this;
    }

    public XmlOut Leaf(string name, string? value)
    {
        if (value is null) return this;
        _sb.Append('<').Append(name).Append('>').Append(EmulatedErrors.E(value)).Append("</").Append(name).Append('>');
        return this;
    }

    public XmlOut Leaf(string name, bool value) => Leaf(name, value ? "true" : "false");
    public XmlOut Leaf(string name, int? value) => value is null ? this : Leaf(name, value.Value.ToString(CultureInfo.InvariantCulture));

    public XmlOut Set(string name, IEnumerable<string> items, string itemLeaf)
    {
        Open(name);
        foreach (var i in items) Open("item").Leaf(itemLeaf, i).Close("item");
        return Close(name);
    }

    public XmlOut ValueSet(string name, IEnumerable<string> items)
    {
        Open(name);
        foreach (var i in items) Leaf("item", i);
        return Close(name);
    }

    public override string ToString() => _sb.ToString();
}
