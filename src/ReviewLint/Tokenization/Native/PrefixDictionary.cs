using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ReviewLint.Tokenization.Native;

/// <summary>
/// jieba's prefix dictionary as a character trie: every word of dict.txt and every prefix of one is a node,
/// prefixes that are not words have frequency 0. Answers the same questions as jieba.NET's <c>WordDictionary</c>
/// (same frequencies, same <see cref="Total"/>, same update rules) without a string per probe.
/// Not thread-safe for writes: the owner serializes <see cref="AddWord"/> against readers.
/// </summary>
internal sealed class PrefixDictionary
{
    private const int NoNode = 0;
    private const int ChildBits = 22;
    private const ulong ChildMask = (1UL << ChildBits) - 1;

    /// <summary>Most nodes the packed edge table can address (2^22, about 8× what jieba's dictionary needs).</summary>
    public const int MaxNodes = 1 << ChildBits;

    private readonly int[] _rootChildren = new int[char.MaxValue + 1];

    // Edges below the root, open addressing: one ulong per edge, (parent << 16 | char) << 22 | child; 0 marks a free slot.
    private ulong[] _edges;
    private int _mask;
    private int _shift;
    private int _edgeCount;
    private int[] _frequencies;
    private double[] _logFrequencies;
    private byte[] _tags;
    private string[] _tagNames = [""];
    private int _nodeCount = 1;

    public PrefixDictionary(int expectedNodes = 1 << 16)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, expectedNodes * 3 / 2));
        _edges = new ulong[capacity];
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _frequencies = new int[expectedNodes + 1];
        _logFrequencies = new double[expectedNodes + 1];
        _tags = new byte[expectedNodes + 1];
    }

    /// <summary>The sum of all word frequencies, kept exactly as jieba.NET keeps it (duplicates and re-additions included).</summary>
    public double Total { get; private set; }

    /// <summary>Reads dict.txt content (<c>word freq [tag]</c> per line, single spaces) the way jieba.NET's loader does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // one long loop at start-up: skip the slow first JIT tier
    public static PrefixDictionary Parse(ReadOnlySpan<char> content, string source)
    {
        var dictionary = new PrefixDictionary(620_000);
        if (content.Length > 0 && content[0] == '\uFEFF') content = content[1..];
        int lineNumber = 0;
        var tagCodes = new Dictionary<ulong, byte>();
        // dict.txt is (almost) sorted, so a word shares a prefix with the one before it: start from that prefix's node.
        Span<int> path = stackalloc int[64];
        ReadOnlySpan<char> previous = [];
        while (!content.IsEmpty)
        {
            // StreamReader.ReadLine's line breaks: \n, \r and \r\n (an empty line in between has no space and is skipped).
            int end = content.IndexOfAny('\n', '\r');
            var line = end < 0 ? content : content[..end];
            content = end < 0 ? [] : content[(end + 1)..];
            lineNumber++;
            int space = line.IndexOf(' ');
            if (space < 0) continue;
            var word = line[..space];
            var rest = line[(space + 1)..];
            int nextSpace = rest.IndexOf(' ');
            var frequencyText = nextSpace < 0 ? rest : rest[..nextSpace];
            var tag = nextSpace < 0 ? [] : rest[(nextSpace + 1)..];
            if (!int.TryParse(frequencyText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int frequency))
                throw new TokenizerException($"{source}:{lineNumber}: 词频“{frequencyText}”不是整数（jieba dictionary line is malformed）。");
            if (word.IsEmpty || word.Length > path.Length)
            {
                dictionary.SetFromMainDictionary(word, frequency);
                previous = [];
                continue;
            }
            int shared = word.CommonPrefixLength(previous);
            if (shared == word.Length) shared--;
            int node = shared == 0 ? NoNode : path[shared - 1];
            for (int i = shared; i < word.Length; i++)
            {
                int child = dictionary.Child(node, word[i]);
                node = child == NoNode ? dictionary.AddChild(node, word[i]) : child;
                path[i] = node;
            }
            dictionary.SetFrequency(node, frequency);
            dictionary._tags[node] = dictionary.TagCode(tag, tagCodes);
            dictionary.Total += frequency;
            previous = word;
        }
        return dictionary;
    }

    /// <summary>The part-of-speech tag dict.txt gives <paramref name="word"/> (<c>n</c>, <c>v</c>, <c>ad</c> …); null when it has none
    /// (not a word of dict.txt, or a user word, which carries no tag).</summary>
    public string? GetTag(ReadOnlySpan<char> word)
    {
        int node = Find(word);
        return node == NoNode || _tags[node] == 0 ? null : _tagNames[_tags[node]];
    }

    /// <summary>The code of a tag, numbering tags in order of first appearance (dict.txt uses about 60); 0 for none, for a tag
    /// longer than four characters and past 255 tags. Tags are keyed by their packed characters: no string per line.</summary>
    private byte TagCode(ReadOnlySpan<char> tag, Dictionary<ulong, byte> codes)
    {
        if (tag.IsEmpty || tag.Length > 4) return 0;
        ulong key = 0;
        foreach (char c in tag) key = key << 16 | c;
        if (codes.TryGetValue(key, out byte code)) return code;
        if (_tagNames.Length > byte.MaxValue) return 0;
        code = (byte)_tagNames.Length;
        _tagNames = [.. _tagNames, tag.ToString()];
        codes[key] = code;
        return code;
    }

    /// <summary>The frequency of <paramref name="word"/>; 0 when it is only a prefix, absent, or not positive.</summary>
    public int GetFrequency(ReadOnlySpan<char> word)
    {
        int node = Find(word);
        return node == NoNode ? 0 : Math.Max(0, _frequencies[node]);
    }

    /// <summary>The frequencies of <paramref name="word"/> with <c>word[index]</c> replaced by each of <paramref name="replacements"/>
    /// (as <see cref="GetFrequency"/> gives them): the prefix before <paramref name="index"/> is walked once, then each
    /// replacement and the rest of the word.</summary>
    public void GetFrequencies(ReadOnlySpan<char> word, int index, ReadOnlySpan<char> replacements, Span<int> frequencies)
    {
        int prefix = Find(word[..index]);
        if (index > 0 && prefix == NoNode)
        {
            frequencies[..replacements.Length].Clear();
            return;
        }
        var suffix = word[(index + 1)..];
        for (int i = 0; i < replacements.Length; i++)
        {
            int node = Child(prefix, replacements[i]);
            for (int k = 0; k < suffix.Length && node != NoNode; k++) node = Child(node, suffix[k]);
            frequencies[i] = node == NoNode ? 0 : Math.Max(0, _frequencies[node]);
        }
    }

    /// <summary>An independent copy, so words can be added to it while readers keep using this one.</summary>
    public PrefixDictionary Clone()
    {
        var copy = new PrefixDictionary(_edges, _frequencies, _logFrequencies, _tags)
        {
            _tagNames = _tagNames,
            _mask = _mask,
            _shift = _shift,
            _edgeCount = _edgeCount,
            _nodeCount = _nodeCount,
            Total = Total,
        };
        _rootChildren.CopyTo(copy._rootChildren, 0);
        return copy;
    }

    private PrefixDictionary(ulong[] edges, int[] frequencies, double[] logFrequencies, byte[] tags)
    {
        _tags = (byte[])tags.Clone();
        _edges = (ulong[])edges.Clone();
        _frequencies = (int[])frequencies.Clone();
        _logFrequencies = (double[])logFrequencies.Clone();
    }

    public bool ContainsWord(ReadOnlySpan<char> word) => GetFrequency(word) > 0;

    /// <summary>jieba's <c>GetFreqOrDefault</c>: the frequency of a word, 1 for anything else.</summary>
    public int GetFrequencyOrDefault(ReadOnlySpan<char> word)
    {
        int frequency = GetFrequency(word);
        return frequency > 0 ? frequency : 1;
    }

    /// <summary>jieba.NET's <c>WordDictionary.AddWord</c>: replaces the frequency, keeps <see cref="Total"/> in step, adds the prefixes.</summary>
    public void AddWord(ReadOnlySpan<char> word, int frequency)
    {
        if (word.IsEmpty) return;
        int node = Insert(word);
        if (_frequencies[node] > 0) Total -= _frequencies[node];
        SetFrequency(node, frequency);
        Total += frequency;
    }

    private void SetFromMainDictionary(ReadOnlySpan<char> word, int frequency)
    {
        // dict.txt lines overwrite the frequency and always add to the total, as jieba.NET's LoadDict does.
        if (word.IsEmpty)
        {
            Total += frequency;
            return;
        }
        SetFrequency(Insert(word), frequency);
        Total += frequency;
    }

    /// <summary>The trie node reached from <paramref name="node"/> (0 = root) by <paramref name="c"/>, or 0 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        if (node == NoNode) return _rootChildren[c];
        ulong key = Key(node, c);
        var edges = _edges;
        int slot = Slot(key);
        while (true)
        {
            ulong edge = edges[slot];
            if (edge >> ChildBits == key) return (int)(edge & ChildMask);
            if (edge == 0) return NoNode;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The frequency stored at a trie node (0 for a prefix that is not a word).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FrequencyAt(int node) => _frequencies[node];

    /// <summary>Math.Log of the frequency at a node, precomputed (only meaningful when the frequency is positive).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double LogFrequencyAt(int node) => _logFrequencies[node];

    private int Find(ReadOnlySpan<char> word)
    {
        int node = NoNode;
        foreach (char c in word)
        {
            node = Child(node, c);
            if (node == NoNode) return NoNode;
        }
        return node;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Insert(ReadOnlySpan<char> word)
    {
        int node = NoNode;
        foreach (char c in word)
        {
            int child = Child(node, c);
            if (child == NoNode) child = AddChild(node, c);
            node = child;
        }
        return node;
    }

    private int AddChild(int parent, char c)
    {
        if (_nodeCount >= MaxNodes) throw new TokenizerException($"jieba 词典过大：字典树节点超过 {MaxNodes} 个。");
        int node = _nodeCount++;
        if (node >= _frequencies.Length)
        {
            Array.Resize(ref _frequencies, _frequencies.Length * 2);
            Array.Resize(ref _logFrequencies, _logFrequencies.Length * 2);
            Array.Resize(ref _tags, _tags.Length * 2);
        }
        if (parent == NoNode)
        {
            _rootChildren[c] = node;
            return node;
        }
        if ((_edgeCount + 1) * 3 > _edges.Length * 2) Grow();
        Place(Key(parent, c) << ChildBits | (uint)node);
        _edgeCount++;
        return node;
    }

    private void SetFrequency(int node, int frequency)
    {
        _frequencies[node] = frequency;
        _logFrequencies[node] = frequency > 0 ? Math.Log(frequency) : 0;
    }

    private void Place(ulong edge)
    {
        int slot = Slot(edge >> ChildBits);
        while (_edges[slot] != 0) slot = (slot + 1) & _mask;
        _edges[slot] = edge;
    }

    private void Grow()
    {
        var old = _edges;
        _edges = new ulong[old.Length * 2];
        _mask = _edges.Length - 1;
        _shift = 64 - BitOperations.Log2((uint)_edges.Length);
        foreach (ulong edge in old)
            if (edge != 0) Place(edge);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(int node, char c) => ((ulong)(uint)node << 16) | c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
