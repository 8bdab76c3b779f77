namespace Scanner.AwsEmulator;

/// <summary>The fault rules in force; thread-safe, first matching rule wins.</summary>
public sealed class EmulatedFaults
{
    private readonly object _lock = new();
    private readonly List<(EmulatedFault Fault, int Fired)> _rules = [];
    private readonly Dictionary<(int Rule, string Service, string Operation, string? Account, string Region), int> _firedPerKey = [];

    public void Add(EmulatedFault fault)
    {
        lock (_lock) _rules.Add((fault, 0));
    }

    public void Clear()
    {
        lock (_lock)
        {
            _rules.Clear();
            _firedPerKey.Clear();
        }
    }

    /// <summary>How often each rule fired so far, in the order added.</summary>
    public IReadOnlyList<int> FiredCounts()
    {
        lock (_lock) return _rules.Select(r => r.Fired).ToArray();
    }

    internal EmulatedFault? Take(string service, string operation, string? account, string region)
    {
        lock (_lock)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var (fault, fired) = _rules[i];
                if (!fault.Matches(service, operation, account, region)) continue;
                if (fault.PerKey)
                {
                    var key = (i, service, operation, account, region);
                    var firedForKey = _firedPerKey.GetValueOrDefault(key);
                    if (fault.Times is { } perKeyMax && firedForKey >= perKeyMax) continue;
                    _firedPerKey[key] = firedForKey + 1;
                }
                else if (fault.Times is { } max && fired >= max) continue;
                _rules[i] = (fault, fired + 1);
                return fault;
            }
            return null;
        }
    }
}
