using ReviewLint.Syntax;
using ReviewLint.Text;

namespace ReviewLint.Tests.Syntax;

/// <summary>Helpers for parser tests: parse a text, read spans back.</summary>
internal static class ParserTestText
{
    public static ReportSyntax Parse(string text) => ReportParser.Parse(SourceText.From(text));

    public static string Of(this ReportSyntax syntax, TextSpan span) => syntax.Text.ToString(span);

    public static string[] SentenceTexts(this ReportSyntax syntax) => [.. syntax.Sentences.Select(s => syntax.Of(s.Span))];

    /// <summary>A report with all four heading levels, a title, a date header and an opening paragraph.</summary>
    public const string FourLevels =
        "青石镇党支部2024年度组织生活会对照检查材料\n" +
        "（2024年1月10日）\n" +
        "按照镇党委通知要求，支部认真查摆问题，现将有关情况报告如下。\n" +
        "一、存在的问题\n" +
        "（一）理论学习方面\n" +
        "1.学习不够深入\n" +
        "（1）学习时间不足\n" +
        "个别党员参加集中学习次数偏少。\n" +
        "（2）学习方法单一\n" +
        "2.学用结合不紧\n" +
        "（二）组织生活方面\n" +
        "组织生活会质量不高。\n" +
        "二、整改措施\n" +
        "严格落实三会一课制度。\n";
}
