using System.Text.Json;

namespace ReviewLint.Tokenization.Native;

/// <summary>
/// jieba's BMES hidden Markov model for words the dictionary does not know (prob_trans.json, prob_emit.json),
/// with emission probabilities in flat arrays over U+4E00–U+9FD5, the only characters it is ever asked about.
/// </summary>
internal sealed class HmmModel
{
    public const int B = 0, M = 1, E = 2, S = 3;
    public const char FirstHan = '\u4E00';
    public const char LastHan = '\u9FD5';
    public const double MinProbability = -3.14E+100;
    private const int HanCount = LastHan - FirstHan + 1;

    /// <summary>jieba's fixed start probabilities, in B, M, E, S order.</summary>
    public static readonly double[] Start = [-0.26268660809250016, MinProbability, MinProbability, -1.4652633398537678];

    private readonly double[] _transitions = new double[16];
    private readonly double[] _emissions = new double[4 * HanCount];

    private HmmModel()
    {
        Array.Fill(_transitions, MinProbability);
        Array.Fill(_emissions, MinProbability);
    }

    /// <summary>log P(to | from); jieba's default when the pair is absent.</summary>
    public double Transition(int from, int to) => _transitions[from * 4 + to];

    /// <summary>log P(c | state) for the four states of a character in U+4E00–U+9FD5, in B, M, E, S order.</summary>
    public ReadOnlySpan<double> Emissions(char c) => _emissions.AsSpan((c - FirstHan) * 4, 4);

    public static HmmModel Parse(ReadOnlySpan<byte> transitionsJson, ReadOnlySpan<byte> emissionsJson)
    {
        var model = new HmmModel();
        ReadTable(transitionsJson, (from, key, value) =>
        {
            if (key.Length == 1 && StateIndex(key[0]) is >= 0 and var to) model._transitions[from * 4 + to] = value;
        });
        ReadTable(emissionsJson, (state, key, value) =>
        {
            if (key.Length == 1 && key[0] is >= FirstHan and <= LastHan) model._emissions[(key[0] - FirstHan) * 4 + state] = value;
        });
        return model;
    }

    private delegate void EntryHandler(int state, ReadOnlySpan<char> key, double value);

    /// <summary>Reads <c>{"B": {"x": -1.2, …}, "M": {…}, …}</c>; keys of the outer object are state letters.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void ReadTable(ReadOnlySpan<byte> json, EntryHandler handle)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        Span<char> key = stackalloc char[64];
        Expect(ref reader, JsonTokenType.StartObject);
        while (Read(ref reader) == JsonTokenType.PropertyName)
        {
            int keyLength = reader.ValueSpan.Length <= key.Length ? reader.CopyString(key) : 0;
            int state = keyLength == 1 ? StateIndex(key[0]) : -1;
            if (state < 0) throw new TokenizerException($"jieba HMM 模型文件中有未知状态“{key[..keyLength].ToString()}”。");
            Expect(ref reader, JsonTokenType.StartObject);
            while (Read(ref reader) == JsonTokenType.PropertyName)
            {
                int length = reader.ValueSpan.Length <= key.Length ? reader.CopyString(key) : -1;
                Read(ref reader);
                double value = reader.GetDouble();
                if (length > 0) handle(state, key[..length], value);
            }
        }
    }

    private static JsonTokenType Read(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw new TokenizerException("jieba HMM 模型文件不完整（unexpected end of JSON）。");
        return reader.TokenType;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (Read(ref reader) != type) throw new TokenizerException($"jieba HMM 模型文件格式错误：应为 {type}，实为 {reader.TokenType}。");
    }

    private static int StateIndex(char c) => c switch { 'B' => B, 'M' => M, 'E' => E, 'S' => S, _ => -1 };
}
