namespace ReviewLint.Tokenization.Native;

/// <summary>
/// A re-implementation of jieba.NET 0.42.2's accurate-mode <c>Cut</c> (DAG over the prefix dictionary, best route by
/// log frequency, HMM Viterbi for runs of single characters) that reports token boundaries instead of allocating strings.
/// It reproduces jieba.NET's choices exactly, including its tie-breaking (the shortest word wins an equal route, the later
/// state wins an equal Viterbi step); <c>NativeSegmenterEquivalenceTests</c> prove it against jieba.NET on a generated corpus.
/// Reads are thread-safe; <see cref="AddWord"/> must be serialized against reads by the caller.
/// </summary>
internal sealed class NativeSegmenter
{
    [ThreadStatic] private static Scratch? _scratch;

    private readonly PrefixDictionary _dictionary;
    private readonly HmmModel _hmm;
    private double _logTotal;

    public NativeSegmenter(PrefixDictionary dictionary, HmmModel hmm)
    {
        _dictionary = dictionary;
        _hmm = hmm;
        _logTotal = Math.Log(dictionary.Total);
    }

    public PrefixDictionary Dictionary => _dictionary;

    public HmmModel Hmm => _hmm;

    /// <summary>Appends to <paramref name="ends"/> the end offset (relative to <paramref name="text"/>) of every token of
    /// jieba.NET's <c>Cut(text, cutAll: false, hmm)</c>.</summary>
    public void Cut(ReadOnlySpan<char> text, List<int> ends, bool hmm = true)
    {
        var scratch = _scratch ??= new Scratch();
        int i = 0;
        while (i < text.Length)
        {
            if (IsBlockChar(text[i]))
            {
                int end = i + 1;
                while (end < text.Length && IsBlockChar(text[end])) end++;
                CutBlock(text[i..end], i, ends, hmm, scratch);
                i = end;
            }
            else
            {
                // Outside blocks jieba keeps "\r\n" together and makes every other character a token of its own.
                i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                ends.Add(i);
            }
        }
    }

    /// <summary>jieba.NET's <c>JiebaSegmenter.AddWord</c>: a frequency of 0 or less is replaced by the suggested one.</summary>
    public void AddWord(string word, int frequency)
    {
        if (frequency <= 0) frequency = SuggestFrequency(word);
        _dictionary.AddWord(word, frequency);
        _logTotal = Math.Log(_dictionary.Total);
    }

    /// <summary>jieba.NET's <c>SuggestFreq</c> over the no-HMM cut: just enough for the word to win over its pieces.</summary>
    internal int SuggestFrequency(string word)
    {
        var ends = new List<int>();
        Cut(word, ends, hmm: false);
        double total = _dictionary.Total;
        double frequency = 1;
        int start = 0;
        foreach (int end in ends)
        {
            frequency *= _dictionary.GetFrequencyOrDefault(word.AsSpan(start, end - start)) / total;
            start = end;
        }
        return Math.Max((int)(frequency * total) + 1, _dictionary.GetFrequencyOrDefault(word));
    }

    /// <summary>The characters of jieba's default block pattern <c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;._%·-]</c>.</summary>
    public static bool IsBlockChar(char c) =>
        c is >= HmmModel.FirstHan and <= HmmModel.LastHan || char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '·' or '-';

    private void CutBlock(ReadOnlySpan<char> block, int offset, List<int> ends, bool hmm, Scratch scratch)
    {
        int n = block.Length;
        scratch.EnsureRoute(n);
        var routeScore = scratch.RouteScore;
        var routeEnd = scratch.RouteEnd;
        double logTotal = _logTotal;
        routeScore[n] = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            double best = double.MinValue;
            int bestEnd = -1;
            int node = 0;
            for (int x = i; x < n; x++)
            {
                node = _dictionary.Child(node, block[x]);
                if (node == 0) break;
                if (_dictionary.FrequencyAt(node) <= 0) continue;
                double score = _dictionary.LogFrequencyAt(node) - logTotal + routeScore[x + 1];
                if (best < score)
                {
                    best = score;
                    bestEnd = x;
                }
            }
            if (bestEnd < 0)
            {
                // No word starts here: jieba routes through the character alone with frequency 1 (log 1 = 0).
                best = 0.0 - logTotal + routeScore[i + 1];
                bestEnd = i;
            }
            routeScore[i] = best;
            routeEnd[i] = bestEnd;
        }

        if (hmm) EmitWithHmm(block, offset, ends, routeEnd, scratch);
        else EmitWithoutHmm(block, offset, ends, routeEnd);
    }

    private void EmitWithHmm(ReadOnlySpan<char> block, int offset, List<int> ends, int[] routeEnd, Scratch scratch)
    {
        int bufferStart = -1;
        int x = 0;
        while (x < block.Length)
        {
            int y = routeEnd[x] + 1;
            if (y - x == 1)
            {
                if (bufferStart < 0) bufferStart = x;
            }
            else
            {
                if (bufferStart >= 0)
                {
                    FlushSingles(block[bufferStart..x], offset + bufferStart, ends, scratch);
                    bufferStart = -1;
                }
                ends.Add(offset + y);
            }
            x = y;
        }
        if (bufferStart >= 0) FlushSingles(block[bufferStart..], offset + bufferStart, ends, scratch);
    }

    private void EmitWithoutHmm(ReadOnlySpan<char> block, int offset, List<int> ends, int[] routeEnd)
    {
        bool buffering = false;
        int x = 0;
        while (x < block.Length)
        {
            int y = routeEnd[x] + 1;
            if (y - x == 1 && char.IsAsciiLetterOrDigit(block[x]))
            {
                buffering = true;
            }
            else
            {
                if (buffering) ends.Add(offset + x);
                buffering = false;
                ends.Add(offset + y);
            }
            x = y;
        }
        if (buffering) ends.Add(offset + block.Length);
    }

    /// <summary>jieba's <c>AddBufferToWordList</c>: a run of single-character route steps.</summary>
    private void FlushSingles(ReadOnlySpan<char> run, int offset, List<int> ends, Scratch scratch)
    {
        if (run.Length == 1 || _dictionary.ContainsWord(run))
        {
            for (int i = 1; i <= run.Length; i++) ends.Add(offset + i);
            return;
        }
        // FinalSeg.Cut: Han runs go through Viterbi, the rest is split around [a-zA-Z0-9]+(\.\d+)?%? matches.
        int start = 0;
        while (start < run.Length)
        {
            int end = start + 1;
            bool han = IsHmmHan(run[start]);
            while (end < run.Length && IsHmmHan(run[end]) == han) end++;
            if (han) Viterbi(run[start..end], offset + start, ends, scratch);
            else SplitAlphanumeric(run[start..end], offset + start, ends);
            start = end;
        }
    }

    private static bool IsHmmHan(char c) => c is >= HmmModel.FirstHan and <= HmmModel.LastHan;

    private static void SplitAlphanumeric(ReadOnlySpan<char> piece, int offset, List<int> ends)
    {
        int pending = 0;
        int p = 0;
        while (p < piece.Length)
        {
            if (!char.IsAsciiLetterOrDigit(piece[p]))
            {
                p++;
                continue;
            }
            if (p > pending) ends.Add(offset + p);
            int q = p + 1;
            while (q < piece.Length && char.IsAsciiLetterOrDigit(piece[q])) q++;
            if (q + 1 < piece.Length && piece[q] == '.' && char.IsAsciiDigit(piece[q + 1]))
            {
                q += 2;
                while (q < piece.Length && char.IsAsciiDigit(piece[q])) q++;
            }
            if (q < piece.Length && piece[q] == '%') q++;
            ends.Add(offset + q);
            pending = p = q;
        }
        if (pending < piece.Length) ends.Add(offset + piece.Length);
    }

    private void Viterbi(ReadOnlySpan<char> han, int offset, List<int> ends, Scratch scratch)
    {
        const int B = HmmModel.B, M = HmmModel.M, E = HmmModel.E, S = HmmModel.S;
        int n = han.Length;
        scratch.EnsureStates(n);
        var back = scratch.Back;
        var hmm = _hmm;
        double tEB = hmm.Transition(E, B), tSB = hmm.Transition(S, B), tMM = hmm.Transition(M, M), tBM = hmm.Transition(B, M);
        double tBE = hmm.Transition(B, E), tME = hmm.Transition(M, E), tSS = hmm.Transition(S, S), tES = hmm.Transition(E, S);
        var first = hmm.Emissions(han[0]);
        double pB = HmmModel.Start[B] + first[B], pM = HmmModel.Start[M] + first[M];
        double pE = HmmModel.Start[E] + first[E], pS = HmmModel.Start[S] + first[S];

        for (int i = 1; i < n; i++)
        {
            var emission = hmm.Emissions(han[i]);
            int row = i * 4;
            // Each state has two allowed predecessors, tried in jieba's order; on a tie the later one wins (<=).
            // Sums keep jieba's evaluation order: (previous + transition) + emission.
            double viaFirst = pE + tEB + emission[B], viaSecond = pS + tSB + emission[B];
            bool second = viaFirst <= viaSecond;
            double nB = second ? viaSecond : viaFirst;
            back[row + B] = (byte)(second ? S : E);

            viaFirst = pM + tMM + emission[M];
            viaSecond = pB + tBM + emission[M];
            second = viaFirst <= viaSecond;
            double nM = second ? viaSecond : viaFirst;
            back[row + M] = (byte)(second ? B : M);

            viaFirst = pB + tBE + emission[E];
            viaSecond = pM + tME + emission[E];
            second = viaFirst <= viaSecond;
            double nE = second ? viaSecond : viaFirst;
            back[row + E] = (byte)(second ? M : B);

            viaFirst = pS + tSS + emission[S];
            viaSecond = pE + tES + emission[S];
            second = viaFirst <= viaSecond;
            double nS = second ? viaSecond : viaFirst;
            back[row + S] = (byte)(second ? E : S);

            pB = nB;
            pM = nM;
            pE = nE;
            pS = nS;
        }

        var states = scratch.States;
        int last = pE < pS ? S : E;
        for (int i = n - 1; i >= 0; i--)
        {
            states[i] = (byte)last;
            if (i > 0) last = back[i * 4 + last];
        }

        // B opens a word, E and S close one; M continues. A path that does not end a word leaves the rest as one token.
        int next = 0;
        for (int i = 0; i < n; i++)
        {
            if (states[i] is E or S)
            {
                ends.Add(offset + i + 1);
                next = i + 1;
            }
        }
        if (next < n) ends.Add(offset + n);
    }

    /// <summary>Per-thread work arrays, grown on demand.</summary>
    private sealed class Scratch
    {
        public double[] RouteScore = new double[256];
        public int[] RouteEnd = new int[256];
        public byte[] Back = new byte[1024];
        public byte[] States = new byte[256];

        public void EnsureRoute(int n)
        {
            if (RouteScore.Length > n) return;
            int size = Math.Max(n + 1, RouteScore.Length * 2);
            RouteScore = new double[size];
            RouteEnd = new int[size];
        }

        public void EnsureStates(int n)
        {
            if (States.Length >= n) return;
            int size = Math.Max(n, States.Length * 2);
            States = new byte[size];
            Back = new byte[size * 4];
        }
    }
}
