using System.Text;
using ReviewLint.Diagnostics;

namespace ReviewLint.Formatting;

/// <summary>Renders one document's text with every finding highlighted in place, as an HTML fragment:
/// <c>&lt;pre class="rl-text"&gt;</c> with <c>&lt;mark&gt;</c> elements on the findings' UTF-16 spans, then an ordered list of the findings.
/// Overlapping spans are nested, and a span that crosses another is split into pieces that all carry its <c>data-f</c> index, so the
/// text between the tags is always exactly the HTML-escaped original (line breaks, CRLF included, kept as they are).</summary>
public static class HtmlHighlighter
{
    /// <summary>The fragment for <paramref name="text"/> and its findings; <paramref name="idPrefix"/> makes element ids unique in a page.</summary>
    public static string Render(string text, IReadOnlyList<Diagnostic> diagnostics, string idPrefix)
    {
        var html = new StringBuilder(text.Length * 2 + diagnostics.Count * 200);
        var order = Enumerable.Range(0, diagnostics.Count)
            .Select(i => (Index: i, Start: Boundary(text, diagnostics[i].Location.Span.Start, -1), End: Boundary(text, diagnostics[i].Location.Span.End, +1)))
            .Select(f => f with { End = Math.Max(f.Start, f.End) })
            .ToList();
        html.Append("<pre class=\"rl-text\">");
        WriteText(html, text, order, diagnostics, idPrefix);
        html.Append("</pre>");
        WriteList(html, text, diagnostics, idPrefix);
        return html.ToString();
    }

    /// <summary>A position inside the text that does not split a surrogate pair (moved by <paramref name="direction"/> if it would).</summary>
    private static int Boundary(string text, int position, int direction)
    {
        position = Math.Clamp(position, 0, text.Length);
        bool splitsPair = position > 0 && position < text.Length && char.IsHighSurrogate(text[position - 1]) && char.IsLowSurrogate(text[position]);
        return splitsPair ? position + direction : position;
    }

    private static void WriteText(StringBuilder html, string text, List<(int Index, int Start, int End)> findings, IReadOnlyList<Diagnostic> diagnostics, string idPrefix)
    {
        var boundaries = findings.SelectMany(f => new[] { f.Start, f.End }).Append(0).Append(text.Length).Distinct().Order().ToList();
        var startingAt = findings.ToLookup(f => f.Start);
        var open = new List<(int Index, int Start, int End)>();
        var started = new HashSet<int>();
        int position = 0;
        foreach (int boundary in boundaries)
        {
            Escape(html, text.AsSpan(position, boundary - position));
            position = boundary;
            // Close every mark that ends here; marks opened after it close and reopen around it (a crossing span is split).
            int firstEnding = open.FindIndex(f => f.End <= boundary);
            if (firstEnding >= 0)
            {
                for (int i = open.Count - 1; i >= firstEnding; i--) html.Append("</mark>");
                var reopen = open.Skip(firstEnding).Where(f => f.End > boundary).ToList();
                open.RemoveRange(firstEnding, open.Count - firstEnding);
                foreach (var finding in reopen) Open(html, finding.Index, diagnostics[finding.Index], idPrefix, started, open, finding);
            }
            // Zero-length findings are empty marks; longer spans open outermost first.
            foreach (var empty in startingAt[boundary].Where(f => f.End == boundary))
            {
                Open(html, empty.Index, diagnostics[empty.Index], idPrefix, started, null, empty);
                html.Append("</mark>");
            }
            foreach (var finding in startingAt[boundary].Where(f => f.End > boundary).OrderByDescending(f => f.End).ThenBy(f => f.Index))
                Open(html, finding.Index, diagnostics[finding.Index], idPrefix, started, open, finding);
        }
    }

    private static void Open(StringBuilder html, int index, Diagnostic diagnostic, string idPrefix, HashSet<int> started,
        List<(int, int, int)>? open, (int, int, int) finding)
    {
        string severity = DiagnosticFormatters.SeverityName(diagnostic.Severity);
        html.Append("<mark");
        // Only the first piece of a split span is focusable and carries the id the findings list links to.
        bool first = started.Add(index);
        if (first) html.Append(" id=\"").Append(idPrefix).Append("f").Append(index).Append("\" tabindex=\"0\"");
        html.Append(" class=\"rl-f rl-").Append(severity).Append(" rl-").Append(diagnostic.Id).Append('"');
        html.Append(" data-f=\"").Append(index).Append("\" data-rule=\"").Append(diagnostic.Id).Append("\" data-severity=\"").Append(severity).Append('"');
        html.Append(" title=\"");
        Escape(html, Tip(diagnostic));
        html.Append("\">");
        open?.Add(finding);
    }

    /// <summary>The tooltip of a finding: rule, severity, message and suggested fix.</summary>
    public static string Tip(Diagnostic diagnostic)
    {
        string tip = $"{diagnostic.Id} {diagnostic.Descriptor.Name}（{SeverityLabel(diagnostic.Severity)}）：{diagnostic.Message}";
        return FixText(diagnostic) is { } fix ? tip + "\n" + fix : tip;
    }

    /// <summary>建议改为“…” (or 建议删除…) for a fix, null when there is none.</summary>
    public static string? FixText(Diagnostic diagnostic)
    {
        if (diagnostic.Fix is not { } fix || fix.Changes.IsEmpty) return null;
        string safety = fix.IsSafe ? "（可自动修复）" : "（需人工确认）";
        if (fix.Changes.Length == 1)
        {
            var change = fix.Changes[0];
            string what = change.NewText.Length == 0 ? "建议删除此处文字" : change.Span.Length == 0 ? $"建议插入“{change.NewText}”" : $"建议改为“{change.NewText}”";
            return what + safety;
        }
        return $"建议修改 {fix.Changes.Length} 处：" + string.Join("；", fix.Changes.Select(c => c.NewText.Length == 0 ? "删除" : $"“{c.NewText}”")) + safety;
    }

    /// <summary>错误, 警告 or 提示.</summary>
    public static string SeverityLabel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "错误",
        DiagnosticSeverity.Warning => "警告",
        _ => "提示",
    };

    private static void WriteList(StringBuilder html, string text, IReadOnlyList<Diagnostic> diagnostics, string idPrefix)
    {
        if (diagnostics.Count == 0)
        {
            html.Append("<p class=\"rl-none\">未发现问题。</p>");
            return;
        }
        html.Append("<ol class=\"rl-list\">");
        for (int i = 0; i < diagnostics.Count; i++)
        {
            var d = diagnostics[i];
            string severity = DiagnosticFormatters.SeverityName(d.Severity);
            var start = d.Location.LineSpan.Start;
            html.Append("<li class=\"rl-f rl-").Append(severity).Append(" rl-").Append(d.Id).Append("\" data-rule=\"").Append(d.Id)
                .Append("\" data-severity=\"").Append(severity).Append("\"><a href=\"#").Append(idPrefix).Append('f').Append(i).Append("\">第 ")
                .Append(start.Line + 1).Append(" 行第 ").Append(start.Character + 1).Append(" 列</a> <span class=\"rl-badge\">")
                .Append(SeverityLabel(d.Severity)).Append("</span> <code>").Append(d.Id).Append("</code> ");
            Escape(html, d.Message);
            if (FixText(d) is { } fix)
            {
                html.Append(" <span class=\"rl-fix\">");
                Escape(html, fix);
                html.Append("</span>");
            }
            html.Append("</li>");
        }
        html.Append("</ol>");
    }

    /// <summary>Appends <paramref name="text"/> with &amp;, &lt;, &gt; and both quotes escaped; every other character as it is.</summary>
    public static void Escape(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default: html.Append(c); break;
            }
        }
    }

    /// <summary><paramref name="text"/> HTML-escaped (see <see cref="Escape(StringBuilder, ReadOnlySpan{char})"/>).</summary>
    public static string Escape(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        Escape(html, text);
        return html.ToString();
    }
}
