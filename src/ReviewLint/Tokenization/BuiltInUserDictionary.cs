namespace ReviewLint.Tokenization;

/// <summary>The built-in user dictionary of official-document terms (<c>rules/data/jieba-user.txt</c>, embedded in ReviewLint.dll).</summary>
internal static class BuiltInUserDictionary
{
    private static readonly Lazy<IReadOnlyList<UserDictionaryEntry>> Lazy = new(() =>
    {
        using var reader = new StreamReader(JiebaResources.OpenEmbedded("data/jieba-user.txt"));
        return UserDictionaryEntry.Parse(reader, "rules/data/jieba-user.txt");
    });

    public static IReadOnlyList<UserDictionaryEntry> Entries => Lazy.Value;
}
