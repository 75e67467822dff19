using System.Text;

namespace ReviewLint.Cli.Check;

/// <summary>A unified diff (<c>--- a/path</c>, <c>+++ b/path</c>, <c>@@</c> hunks with three lines of context) between two texts,
/// computed line by line with Myers' algorithm after trimming the common start and end.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>Beyond this many differing lines the middle is shown as one replaced block instead of being aligned.</summary>
    private const int MaxEditDistance = 2000;

    private enum Op { Keep, Delete, Insert }

    public static string Create(string path, string oldText, string newText)
    {
        var a = SplitLines(oldText);
        var b = SplitLines(newText);
        var edits = Diff(a, b);
        if (edits.All(e => e.Op == Op.Keep)) return "";
        string label = path.Replace('\\', '/');
        bool relative = !Path.IsPathRooted(path);
        var output = new StringBuilder();
        output.Append("--- ").Append(relative ? "a/" : "").Append(label).Append('\n');
        output.Append("+++ ").Append(relative ? "b/" : "").Append(label).Append('\n');
        foreach (var (start, end) in Hunks(edits)) AppendHunk(output, edits, start, end, a, b);
        return output.ToString();
    }

    private static void AppendHunk(StringBuilder output, List<(Op Op, int A, int B)> edits, int start, int end, List<string> a, List<string> b)
    {
        int oldStart = edits[start].A, newStart = edits[start].B;
        int oldCount = 0, newCount = 0;
        for (int i = start; i < end; i++)
        {
            if (edits[i].Op != Op.Insert) oldCount++;
            if (edits[i].Op != Op.Delete) newCount++;
        }
        output.Append($"@@ -{Range(oldStart, oldCount)} +{Range(newStart, newCount)} @@\n");
        for (int i = start; i < end; i++)
        {
            var (op, x, y) = edits[i];
            string line = op == Op.Insert ? b[y] : a[x];
            output.Append(op switch { Op.Keep => ' ', Op.Delete => '-', _ => '+' });
            if (line.EndsWith('\n')) output.Append(line);
            else output.Append(line).Append("\n\\ No newline at end of file\n");
        }
    }

    private static string Range(int start, int count) => count == 0 ? $"{start},0" : count == 1 ? $"{start + 1}" : $"{start + 1},{count}";

    /// <summary>Ranges of edits to print: each change with up to three unchanged lines around it, close ranges merged.</summary>
    private static IEnumerable<(int Start, int End)> Hunks(List<(Op Op, int A, int B)> edits)
    {
        int i = 0;
        while (i < edits.Count)
        {
            while (i < edits.Count && edits[i].Op == Op.Keep) i++;
            if (i == edits.Count) yield break;
            int start = Math.Max(0, i - Context);
            int end = i;
            while (true)
            {
                while (end < edits.Count && edits[end].Op != Op.Keep) end++;
                int next = end;
                while (next < edits.Count && edits[next].Op == Op.Keep) next++;
                if (next < edits.Count && next - end <= 2 * Context) end = next;
                else break;
            }
            end = Math.Min(edits.Count, end + Context);
            yield return (start, end);
            i = end;
        }
    }

    /// <summary>Lines with their line breaks kept, so a change of line ending is a change of the line.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (text[i] is '\n' or '\r')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    private static List<(Op Op, int A, int B)> Diff(List<string> a, List<string> b)
    {
        int prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix]) prefix++;
        int suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        var edits = new List<(Op, int, int)>();
        for (int i = 0; i < prefix; i++) edits.Add((Op.Keep, i, i));
        edits.AddRange(Middle(a, b, prefix, a.Count - suffix, b.Count - suffix));
        for (int i = suffix; i > 0; i--) edits.Add((Op.Keep, a.Count - i, b.Count - i));
        return edits;
    }

    /// <summary>Myers' shortest edit script for a[aStart..aEnd) against b[aStart..bEnd), both starting at the same index.</summary>
    private static List<(Op, int, int)> Middle(List<string> a, List<string> b, int start, int aEnd, int bEnd)
    {
        int n = aEnd - start, m = bEnd - start, max = n + m;
        var trace = new List<int[]>();
        var v = new int[3];
        int found = -1;
        for (int d = 0; d <= Math.Min(max, MaxEditDistance) && found < 0; d++)
        {
            var next = new int[2 * d + 3];
            for (int k = -d; k <= d; k += 2)
            {
                int Get(int kk) => kk >= -(d - 1) && kk <= d - 1 ? v[kk + d] : -1;
                int x = k == -d || (k != d && Get(k - 1) < Get(k + 1)) ? Get(k + 1) : Get(k - 1) + 1;
                if (d == 0) x = 0;
                int y = x - k;
                while (x < n && y < m && a[start + x] == b[start + y])
                {
                    x++;
                    y++;
                }
                next[k + d + 1] = x;
                if (x >= n && y >= m) found = d;
            }
            trace.Add(next);
            v = next;
        }
        if (found < 0) return Replace(start, n, m);

        var edits = new List<(Op, int, int)>();
        int cx = n, cy = m;
        for (int d = found; d > 0; d--)
        {
            var previous = trace[d - 1];
            int Prev(int kk) => kk >= -(d - 1) && kk <= d - 1 ? previous[kk + d] : -1;
            int k = cx - cy;
            int prevK = k == -d || (k != d && Prev(k - 1) < Prev(k + 1)) ? k + 1 : k - 1;
            int prevX = Prev(prevK), prevY = prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                cx--;
                cy--;
                edits.Add((Op.Keep, start + cx, start + cy));
            }
            if (cx == prevX) edits.Add((Op.Insert, start + cx, start + --cy));
            else edits.Add((Op.Delete, start + --cx, start + cy));
        }
        while (cx > 0 && cy > 0)
        {
            cx--;
            cy--;
            edits.Add((Op.Keep, start + cx, start + cy));
        }
        edits.Reverse();
        return edits;
    }

    private static List<(Op, int, int)> Replace(int start, int n, int m)
    {
        var edits = new List<(Op, int, int)>();
        for (int i = 0; i < n; i++) edits.Add((Op.Delete, start + i, start));
        for (int j = 0; j < m; j++) edits.Add((Op.Insert, start + n, start + j));
        return edits;
    }
}
