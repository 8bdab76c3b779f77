using Scanner.Core.Inventory;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules.Conditions;

/// <summary>Expands a selection into elements: a single list value becomes its items; anything else stays as is.</summary>
internal static class Elements
{
    public static IReadOnlyList<Item> Of(List<Item> selection)
    {
        if (selection.Count == 1 && selection[0].Value is { IsList: true } list)
        {
            var path = selection[0].Path;
            var items = new List<Item>(list.Items.Count);
            for (var i = 0; i < list.Items.Count; i++) items.Add(Item.Of(list.Items[i], path.Index(i)));
            return items;
        }
        return selection;
    }

    public static string Render(IReadOnlyList<Item> elements)
    {
        if (elements.Count == 0) return "(none)";
        var shown = elements.Take(5).Select(e => e.ToString());
        return string.Join(", ", shown) + (elements.Count > 5 ? $", … ({elements.Count} in all)" : "");
    }

    public static bool IsValueless(Item item) => item.Resource is null && item.Value is null;

    public static IEnumerable<Item> Flatten(Item item)
    {
        if (item.Value is { IsList: true } list)
        {
            for (var i = 0; i < list.Items.Count; i++) yield return Item.Of(list.Items[i], item.Path.Index(i));
        }
        else yield return item;
    }

    public static Value? AsValue(Item item) => item.Value;
}
