namespace ReviewLint.Syntax;

/// <summary>Reads the Chinese numerals used in heading markers (一 … 九十九, 〇/零, 两).</summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static bool IsNumeralChar(char c) => Digits.Contains(c) || c is '十' or '〇' or '两' or '百';

    /// <summary>Parses 一 … 九十九 (and 一百); returns -1 when the text is not such a numeral.</summary>
    public static int Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return -1;
        if (text.Length == 2 && text[0] == '一' && text[1] == '百') return 100;
        int tenIndex = text.IndexOf('十');
        if (tenIndex < 0) return text.Length == 1 ? DigitValue(text[0]) : -1;
        if (text.LastIndexOf('十') != tenIndex || text.Length > 3) return -1;
        int tens = tenIndex == 0 ? 1 : tenIndex == 1 ? DigitValue(text[0]) : -1;
        int units = tenIndex == text.Length - 1 ? 0 : tenIndex == text.Length - 2 ? DigitValue(text[^1]) : -1;
        return tens <= 0 || units < 0 ? -1 : tens * 10 + units;
    }

    public static string Format(int value)
    {
        if (value <= 0 || value > 99) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (value < 10) return Digits[value].ToString();
        int tens = value / 10, units = value % 10;
        return (tens == 1 ? "" : Digits[tens].ToString()) + "十" + (units == 0 ? "" : Digits[units].ToString());
    }

    private static int DigitValue(char c) => c switch
    {
        '〇' or '零' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c) is var i and > 0 ? i : -1,
    };
}
