using System.Collections.Generic;

namespace NewsFacts.Extraction.Text;

/// <summary>Maps character offsets of an article to 0-based lines and columns.</summary>
internal sealed class SourceMap
{
    private readonly List<int> _lineStarts = new() { 0 };

    public SourceMap(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                _lineStarts.Add(i + 1);
            }
            else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public int LineCount => _lineStarts.Count;

    /// <summary>0-based line of an offset.</summary>
    public int LineOf(int offset)
    {
        int lo = 0, hi = _lineStarts.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_lineStarts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    public int LineStart(int line) => _lineStarts[line];

    /// <summary>0-based (line, column) of an offset.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var line = LineOf(offset);
        return (line, offset - _lineStarts[line]);
    }
}
