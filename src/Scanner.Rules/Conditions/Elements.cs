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
        // A plain loop: Take then Select resolves a generic virtual method at run time in the native binary.
        var shown = new string[Math.Min(5, elements.Count)];
        for (var i = 0; i < shown.Length; i++) shown[i] = elements[i].ToString();
        return string.Join(", ", shown) + (elements.Count > 5 ? $", … ({elements.Count} in all)" : "");
    }

    public static bool IsValueless(Item item) => item.Resource is null && item.Value is null;

    /// <summary>An item's elements: a list's items (each at its index), or the item itself.</summary>
    public static Flattened Flatten(Item item) => new(item);

    /// <summary>
    /// <see cref="Flatten"/>'s elements for <c>foreach</c> without an iterator object: conditions flatten every selected
    /// item of every subject, so an allocation here is one per item evaluated.
    /// </summary>
    public readonly struct Flattened(Item item)
    {
        public Enumerator GetEnumerator() => new(item);

        public struct Enumerator(Item item)
        {
            private readonly IReadOnlyList<Value>? _list = item.Value is { IsList: true } list ? list.Items : null;
            private int _index = -1;

            public Item Current { get; private set; }

            public bool MoveNext()
            {
                _index++;
                if (_list is null)
                {
                    Current = item;
                    return _index == 0;
                }
                if (_index >= _list.Count) return false;
                Current = Item.Of(_list[_index], item.Path.Index(_index));
                return true;
            }
        }
    }

    public static Value? AsValue(Item item) => item.Value;
}
