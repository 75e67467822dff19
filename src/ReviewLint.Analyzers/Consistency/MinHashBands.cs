using System.Numerics;
using System.Runtime.InteropServices;

namespace ReviewLint.Analyzers.Consistency;

/// <summary>MinHash signatures folded into locality-sensitive band keys: paragraphs whose shingle sets are similar share a key with high probability.</summary>
internal readonly struct MinHashBands
{
    /// <summary>20 bands of 4 rows: a pair with Jaccard similarity 0.6 shares a band with probability 0.94, one at 0.3 with 0.15.</summary>
    public const int Bands = 20;
    public const int Rows = 4;

    /// <summary>The length of a signature.</summary>
    public const int Hashes = Bands * Rows;

    /// <summary>Odd multipliers of the hash functions h_i(x) = a(x)·m_i + b(x) mod 2³², a and b being the halves of the shingle hash.</summary>
    private static readonly uint[] Multipliers = CreateMultipliers();

    private readonly uint[] _signature;

    /// <summary>A signature kept in <paramref name="buffer"/> (<see cref="Hashes"/> long), which it resets, so that a thread signing
    /// many paragraphs reuses one buffer.</summary>
    public MinHashBands(uint[] buffer)
    {
        if (buffer.Length != Hashes) throw new ArgumentException($"a MinHash buffer holds {Hashes} values", nameof(buffer));
        _signature = buffer;
        _signature.AsSpan().Fill(uint.MaxValue);
    }

    /// <summary>Adds <paramref name="shingles"/> to the signature: one vector of hash functions at a time over all of them, so that
    /// the running minimum stays in a register.</summary>
    public void AddAll(ReadOnlySpan<ulong> shingles)
    {
        var signature = MemoryMarshal.Cast<uint, Vector<uint>>(_signature.AsSpan());
        var multipliers = MemoryMarshal.Cast<uint, Vector<uint>>(Multipliers.AsSpan());
        for (int i = 0; i < signature.Length; i++)
        {
            var minimum = signature[i];
            var multiplier = multipliers[i];
            foreach (ulong shingle in shingles)
                minimum = Vector.Min(minimum, new Vector<uint>((uint)shingle) * multiplier + new Vector<uint>((uint)(shingle >> 32)));
            signature[i] = minimum;
        }
    }

    /// <summary>One key per band, hashing that band's rows of the signature, written to <paramref name="keys"/> (length <see cref="Bands"/>).</summary>
    public void WriteKeys(Span<uint> keys)
    {
        for (int band = 0; band < Bands; band++)
        {
            ulong key = (ulong)band;
            for (int row = 0; row < Rows; row++) key = ParagraphShingler.Mix(key ^ _signature[band * Rows + row]);
            keys[band] = (uint)(key ^ (key >> 32));
        }
    }

    private static uint[] CreateMultipliers()
    {
        if (Hashes % Vector<uint>.Count != 0) throw new PlatformNotSupportedException("MinHash width must be a multiple of the vector width.");
        var multipliers = new uint[Hashes];
        ulong state = 0x5EED_4004UL;
        for (int i = 0; i < Hashes; i++)
        {
            state = ParagraphShingler.Mix(state);
            multipliers[i] = (uint)state | 1;
        }
        return multipliers;
    }
}
