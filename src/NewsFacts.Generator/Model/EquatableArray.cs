using System;
using System.Collections;
using System.Collections.Generic;

namespace NewsFacts.Model;

/// <summary>
/// An immutable array with value equality, so that models holding collections can be
/// compared by value and cached by the incremental generator pipeline.
/// </summary>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    public static readonly EquatableArray<T> Empty = new(Array.Empty<T>());

    private readonly T[]? _items;

    public EquatableArray(T[] items) => _items = items;

    public EquatableArray(IEnumerable<T> items) => _items = new List<T>(items).ToArray();

    public int Count => _items?.Length ?? 0;

    public bool IsEmpty => Count == 0;

    public T this[int index] => (_items ?? Array.Empty<T>())[index];

    public T[] ToArray() => (T[])(_items ?? Array.Empty<T>()).Clone();

    public bool Equals(EquatableArray<T> other)
    {
        var a = _items ?? Array.Empty<T>();
        var b = other._items ?? Array.Empty<T>();
        if (ReferenceEquals(a, b)) return true;
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(a[i], b[i])) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var items = _items ?? Array.Empty<T>();
        unchecked
        {
            var hash = 17;
            foreach (var item in items)
            {
                hash = (hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item));
            }
            return hash;
        }
    }

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public static class EquatableArray
{
    /// <summary>
    /// The items as an equatable array, copied once (an equatable array is immutable and returned as it is; a list
    /// or a collection is copied straight into an array of its size).
    /// </summary>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
        where T : IEquatable<T>
    {
        switch (items)
        {
            case EquatableArray<T> array:
                return array;
            case List<T> list:
                return list.Count == 0 ? EquatableArray<T>.Empty : new EquatableArray<T>(list.ToArray());
            case ICollection<T> collection:
                if (collection.Count == 0) return EquatableArray<T>.Empty;
                var copy = new T[collection.Count];
                collection.CopyTo(copy, 0);
                return new EquatableArray<T>(copy);
            default:
                return new EquatableArray<T>(items);
        }
    }
}
