using System.Collections.Immutable;

namespace ReviewLint.Text;

/// <summary>Immutable document text with a line index; line breaks are <c>\r\n</c>, <c>\n</c> and <c>\r</c>.</summary>
public sealed class SourceText
{
    private readonly ImmutableArray<int> _lineStarts;

    private SourceText(string text)
    {
        Content = text;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Content { get; }
    public int Length => Content.Length;
    public int LineCount => _lineStarts.Length;
    public char this[int index] => Content[index];

    public static SourceText From(string text) => new(text ?? throw new ArgumentNullException(nameof(text)));

    public string ToString(TextSpan span)
    {
        CheckSpan(span);
        return Content.Substring(span.Start, span.Length);
    }

    public ReadOnlySpan<char> AsSpan(TextSpan span)
    {
        CheckSpan(span);
        return Content.AsSpan(span.Start, span.Length);
    }

    public override string ToString() => Content;

    public TextLine GetLine(int lineNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lineNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(lineNumber, _lineStarts.Length);
        int start = _lineStarts[lineNumber];
        int nextStart = lineNumber + 1 < _lineStarts.Length ? _lineStarts[lineNumber + 1] : Content.Length;
        int end = nextStart;
        if (end > start && Content[end - 1] == '\n') end--;
        if (end > start && Content[end - 1] == '\r') end--;
        return new TextLine(lineNumber, TextSpan.FromBounds(start, end), TextSpan.FromBounds(start, nextStart));
    }

    public IEnumerable<TextLine> Lines
    {
        get
        {
            for (int i = 0; i < _lineStarts.Length; i++) yield return GetLine(i);
        }
    }

    public int GetLineNumber(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, Content.Length);
        int index = _lineStarts.BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetLinePosition(int position)
    {
        int line = GetLineNumber(position);
        return new LinePosition(line, position - _lineStarts[line]);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    public int GetPosition(LinePosition position)
    {
        var line = GetLine(position.Line);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position.Character, line.SpanIncludingLineBreak.Length);
        return line.Start + position.Character;
    }

    /// <summary>Applies non-overlapping changes and returns the new text.</summary>
    public SourceText WithChanges(IEnumerable<TextChange> changes)
    {
        var ordered = changes.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.End).ToList();
        var builder = new System.Text.StringBuilder(Content.Length);
        int position = 0;
        foreach (var change in ordered)
        {
            CheckSpan(change.Span);
            if (change.Span.Start < position)
                throw new ArgumentException($"Text changes overlap at {change.Span}.", nameof(changes));
            builder.Append(Content, position, change.Span.Start - position).Append(change.NewText);
            position = change.Span.End;
        }
        builder.Append(Content, position, Content.Length - position);
        return From(builder.ToString());
    }

    private void CheckSpan(TextSpan span)
    {
        if (span.End > Content.Length)
            throw new ArgumentOutOfRangeException(nameof(span), $"Span {span} lies outside the text of length {Content.Length}.");
    }

    private static ImmutableArray<int> ComputeLineStarts(string text)
    {
        var starts = ImmutableArray.CreateBuilder<int>();
        starts.Add(0);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToImmutable();
    }
}
