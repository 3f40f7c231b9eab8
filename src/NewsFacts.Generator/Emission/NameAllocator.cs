using System;
using System.Collections.Generic;

namespace NewsFacts.Emission;

/// <summary>A generated name that two facts would share, and the name given to the second.</summary>
/// <param name="Name">The identifier both make.</param>
/// <param name="First">The fact (as written) that keeps the name.</param>
/// <param name="Second">The fact (as written) that gets a numbered name.</param>
/// <param name="Used">The name given to the second.</param>
public sealed record NameCollision(string Name, string First, string Second, string Used);

/// <summary>
/// Gives unique identifiers within one generated class. The caller passes the facts in a sorted order;
/// the first fact making an identifier keeps it, later ones get <c>Name2</c>, <c>Name3</c>... (or
/// <c>Name_2</c> after a digit). Names reserved for the class's own members are never given.
/// </summary>
public sealed class NameAllocator
{
    // Every name given or reserved, with the source that made it first (null for a reserved name or a
    // numbered one): one table, sized once per allocation.
    private Dictionary<string, string?> _taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _reserved = new(StringComparer.Ordinal);

    // The next suffix to try per base name: every lower one is taken (and stays taken), so
    // numbering N facts of one name is linear, not quadratic.
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

    public NameAllocator(IEnumerable<string> reserved)
    {
        foreach (var name in reserved)
        {
            _taken[name] = null;
            _reserved[name] = name;
        }
    }

    /// <summary>
    /// Allocates one identifier per source (in the given order). Collisions between different sources
    /// are added to <paramref name="collisions"/> when it is not null.
    /// </summary>
    /// <param name="sources">The facts' names as written, one per item (duplicates allowed).</param>
    /// <param name="toIdentifier">Makes the base identifier of a source.</param>
    public string[] Allocate(IReadOnlyList<string> sources, Func<string, string> toIdentifier, List<NameCollision>? collisions)
    {
        var result = new string[sources.Count];
        var bases = new string[sources.Count];
        if (_taken.Count == _reserved.Count)
        {
            var sized = new Dictionary<string, string?>(_reserved.Count + sources.Count, StringComparer.Ordinal);
            foreach (var name in _taken) sized.Add(name.Key, name.Value);
            _taken = sized;
        }

        // First pass: the first item making each base identifier keeps it, so that a fact literally
        // named "Name2" wins over a generated suffix.
        for (var i = 0; i < sources.Count; i++)
        {
            bases[i] = toIdentifier(sources[i]);
            if (!_taken.ContainsKey(bases[i]))
            {
                _taken.Add(bases[i], sources[i]);
                result[i] = bases[i];
            }
        }

        // Second pass: every later item gets the lowest free numbered suffix.
        for (var i = 0; i < sources.Count; i++)
        {
            if (result[i] is not null)
            {
                continue;
            }

            var name = bases[i];
            var separator = name.Length > 0 && char.IsDigit(name[name.Length - 1]) ? "_" : string.Empty;
            var n = _nextSuffix.TryGetValue(name, out var next) ? next : 2;
            string candidate;
            do
            {
                candidate = name + separator + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                n++;
            }
            while (_taken.ContainsKey(candidate));

            _nextSuffix[name] = n;
            _taken.Add(candidate, null);
            result[i] = candidate;

            if (!_taken.TryGetValue(name, out var first) || first is null)
            {
                _reserved.TryGetValue(Unescape(name), out first);
                first = first is null ? null : "the generated member " + first;
            }

            if (collisions is not null && first is not null && !string.Equals(first, sources[i], StringComparison.Ordinal))
            {
                collisions.Add(new NameCollision(Unescape(name), first, sources[i], Unescape(candidate)));
            }
        }

        return result;
    }

    private static string Unescape(string identifier) => identifier.StartsWith("@", StringComparison.Ordinal) ? identifier.Substring(1) : identifier;
}
