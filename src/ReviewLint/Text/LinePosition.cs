namespace ReviewLint.Text;

/// <summary>A 0-based line and UTF-16 column; add 1 to both when showing them to people.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public static bool operator <(LinePosition left, LinePosition right) => left.CompareTo(right) < 0;
    public static bool operator >(LinePosition left, LinePosition right) => left.CompareTo(right) > 0;
    public static bool operator <=(LinePosition left, LinePosition right) => left.CompareTo(right) <= 0;
    public static bool operator >=(LinePosition left, LinePosition right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"({Line + 1},{Character + 1})";
}

/// <summary>A start and end <see cref="LinePosition"/> (end exclusive).</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
