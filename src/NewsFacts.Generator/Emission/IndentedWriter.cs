using System.Collections.Generic;
using System.Text;

namespace NewsFacts.Emission;

/// <summary>
/// Writes source text line by line with four-space indentation and '\n' line ends, whatever the
/// machine. Never reformats (no NormalizeWhitespace): what is written is what is emitted.
/// </summary>
public sealed class IndentedWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();

    /// <summary>The current indentation level.</summary>
    public int Indent { get; set; }

    /// <summary>Writes one line at the current indentation (a text holding line breaks is written as several lines).</summary>
    public IndentedWriter WriteLine(string text)
    {
        if (text.IndexOf('\n') >= 0 || text.IndexOf('\r') >= 0)
        {
            foreach (var part in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
            {
                WriteSingleLine(part);
            }

            return this;
        }

        WriteSingleLine(text);
        return this;
    }

    /// <summary>Writes an empty line.</summary>
    public IndentedWriter WriteLine()
    {
        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes "{" and indents.</summary>
    public IndentedWriter OpenBlock()
    {
        WriteLine("{");
        Indent++;
        return this;
    }

    /// <summary>Unindents and writes "}" followed by an optional suffix (";", ",").</summary>
    public IndentedWriter CloseBlock(string suffix = "")
    {
        Indent--;
        WriteLine("}" + suffix);
        return this;
    }

    /// <summary>Writes a /// comment: each given line (XML, already escaped) gets its own /// prefix.</summary>
    public IndentedWriter WriteDocComment(IEnumerable<string> xmlLines)
    {
        foreach (var line in xmlLines)
        {
            if (line.IndexOf('\n') < 0)
            {
                // One line (nearly always): written in place, no split and no "/// " + line string.
                WriteDocPart(line.TrimEnd());
                continue;
            }

            foreach (var part in XmlDoc.Lines(line))
            {
                WriteDocPart(part);
            }
        }

        return this;
    }

    /// <summary>Writes a /// &lt;summary&gt; with the given lines (XML, already escaped).</summary>
    public IndentedWriter WriteSummary(IEnumerable<string> xmlLines)
    {
        WriteSingleLine("/// <summary>");
        WriteDocComment(xmlLines);
        WriteSingleLine("/// </summary>");
        return this;
    }

    /// <summary>Writes a one-line /// &lt;summary&gt;.</summary>
    public IndentedWriter WriteSummary(string xmlLine) => WriteSummary(new[] { xmlLine });

    /// <inheritdoc/>
    public override string ToString() => _builder.ToString();

    private void WriteDocPart(string part)
    {
        for (var i = 0; i < Indent; i++)
        {
            _builder.Append(IndentUnit);
        }

        _builder.Append(part.Length == 0 ? "///" : "/// ");
        _builder.Append(part);
        _builder.Append('\n');
    }

    private void WriteSingleLine(string text)
    {
        if (text.Length > 0)
        {
            for (var i = 0; i < Indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(text);
        }

        _builder.Append('\n');
    }
}
