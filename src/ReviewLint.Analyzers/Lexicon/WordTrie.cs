using System.Runtime.CompilerServices;

namespace ReviewLint.Analyzers.Lexicon;

/// <summary>A character trie of wordings, each carrying integer values; walked once per text position to find every wording that
/// starts there. The first character is looked up in a flat table; the children of a node lie side by side in one array, sorted.
/// Add every wording, then call <see cref="Freeze"/> before walking.</summary>
public sealed class WordTrie
{
    /// <summary>The longest wording the trie accepts.</summary>
    public const int MaxLength = 16;

    private const int BigramBits = 20;

    private readonly int[] _first = new int[char.MaxValue + 1];
    private readonly ulong[] _bigrams = new ulong[(1 << BigramBits) / 64];
    private readonly List<SortedList<char, int>> _children = [new()];
    private readonly List<List<int>?> _values = [null];
    private readonly List<string?> _words = [null];
    private int[] _childStart = [];
    private char[] _childChars = [];
    private int[] _childNodes = [];
    private bool[] _isEnd = [];

    /// <summary>Adds <paramref name="word"/> with <paramref name="value"/> (a word may carry several values).</summary>
    public void Add(string word, int value)
    {
        if (word.Length is < 2 or > MaxLength) throw new ArgumentException($"wording “{word}” must have 2 to {MaxLength} characters", nameof(word));
        int hash = Hash(word[0], word[1]);
        _bigrams[hash >> 6] |= 1UL << hash;
        int node = 0;
        foreach (char c in word)
        {
            int child = node == 0 ? _first[c] : _children[node].GetValueOrDefault(c);
            if (child == 0)
            {
                child = _values.Count;
                _values.Add(null);
                _words.Add(null);
                _children.Add([]);
                if (node == 0) _first[c] = child;
                else _children[node].Add(c, child);
            }
            node = child;
        }
        var values = _values[node] ??= [];
        if (!values.Contains(value)) values.Add(value);
        _words[node] = word;
    }

    /// <summary>Lays the children of every node out in flat arrays for <see cref="Walk"/>.</summary>
    public void Freeze()
    {
        _childStart = new int[_children.Count + 1];
        for (int node = 0; node < _children.Count; node++) _childStart[node + 1] = _childStart[node] + _children[node].Count;
        _isEnd = [.. _values.Select(v => v is not null)];
        _childChars = new char[_childStart[^1]];
        _childNodes = new int[_childStart[^1]];
        for (int node = 0; node < _children.Count; node++)
        {
            _children[node].Keys.CopyTo(_childChars, _childStart[node]);
            _children[node].Values.CopyTo(_childNodes, _childStart[node]);
        }
    }

    /// <summary>False when no wording starts with these two characters (true may be a hash collision): a cheap test before <see cref="Walk"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayStart(char first, char second)
    {
        int hash = Hash(first, second);
        return (_bigrams[hash >> 6] & 1UL << hash) != 0;
    }

    /// <summary>Writes (length, node) of every wording that <paramref name="text"/> starts with into <paramref name="ends"/>, shortest
    /// first, and returns how many there are.</summary>
    public int Walk(ReadOnlySpan<char> text, Span<(int Length, int Node)> ends)
    {
        if (text.IsEmpty) return 0;
        int node = _first[text[0]], count = 0;
        for (int length = 1; node != 0; length++)
        {
            if (_isEnd[node]) ends[count++] = (length, node);
            if (length == text.Length || length == MaxLength) break;
            node = Child(node, text[length]);
        }
        return count;
    }

    /// <summary>The values of the wording ending at <paramref name="node"/>.</summary>
    public List<int> ValuesAt(int node) => _values[node]!;

    /// <summary>The wording ending at <paramref name="node"/>.</summary>
    public string WordAt(int node) => _words[node]!;

    private static int Hash(char first, char second) => (first * 40503 ^ second) & ((1 << BigramBits) - 1);

    /// <summary>The child of <paramref name="node"/> by <paramref name="c"/>, or 0: a scan of its few sorted children.</summary>
    private int Child(int node, char c)
    {
        var chars = _childChars;
        for (int i = _childStart[node], end = _childStart[node + 1]; i < end; i++)
        {
            if (chars[i] == c) return _childNodes[i];
            if (chars[i] > c) break;
        }
        return 0;
    }
}
