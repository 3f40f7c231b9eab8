using System;

namespace NewsFacts.Extraction.Text;

/// <summary>
/// The token texts of the articles a thread has read, each kept once with its word classes: the
/// vocabulary of news repeats, so after the first articles a token costs one lookup in this table (no new
/// string, no second lookup to classify it). One table per thread (no locks); bounded, so hostile input
/// cannot grow it without limit: when full it starts again empty. Results never depend on what it holds.
/// </summary>
internal sealed class WordPool
{
    private const int InitialCapacity = 1 << 12;

    /// <summary>The most distinct texts a table keeps before starting again.</summary>
    internal const int MaxCount = 1 << 17;

    [ThreadStatic]
    private static WordPool? _current;

    private Entry[] _entries = new Entry[InitialCapacity];
    private int _count;

    public static WordPool Current => _current ??= new WordPool();

    private struct Entry
    {
        public string? Text;
        public int Hash;
        public Lexicon.WordClass Class;
        public bool Classified;
    }

    /// <summary>The text of <paramref name="length"/> characters at <paramref name="start"/>, as a shared string; its classes when a word.</summary>
    public string Get(string text, int start, int length, bool classify, out Lexicon.WordClass wordClass)
    {
        var hash = Hash(text, start, length);
        var mask = _entries.Length - 1;
        var slot = hash & mask;
        while (true)
        {
            ref var entry = ref _entries[slot];
            if (entry.Text is null)
            {
                break;
            }

            if (entry.Hash == hash && entry.Text.Length == length && string.CompareOrdinal(entry.Text, 0, text, start, length) == 0)
            {
                if (classify && !entry.Classified)
                {
                    entry.Class = Lexicon.WordClasses.Classify(entry.Text);
                    entry.Classified = true;
                }

                wordClass = entry.Class;
                return entry.Text;
            }

            slot = (slot + 1) & mask;
        }

        var value = text.Substring(start, length);
        wordClass = classify ? Lexicon.WordClasses.Classify(value) : Lexicon.WordClass.None;
        if (_count >= MaxCount)
        {
            // Full: start again rather than grow without bound.
            _entries = new Entry[InitialCapacity];
            _count = 0;
        }
        else if ((_count + 1) * 4 > _entries.Length * 3)
        {
            Grow();
        }

        Insert(new Entry { Text = value, Hash = hash, Class = wordClass, Classified = classify });
        return value;
    }

    private void Insert(Entry entry)
    {
        var mask = _entries.Length - 1;
        var slot = entry.Hash & mask;
        while (_entries[slot].Text is not null)
        {
            slot = (slot + 1) & mask;
        }

        _entries[slot] = entry;
        _count++;
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        _count = 0;
        foreach (var entry in old)
        {
            if (entry.Text is not null)
            {
                Insert(entry);
            }
        }
    }

    private static int Hash(string text, int start, int length)
    {
        // FNV-1a, folded to a non-negative int.
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            hash = unchecked((hash ^ text[i]) * 16777619u);
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
