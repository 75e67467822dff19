namespace ReviewLint.Tokenization;

/// <summary>A tokenizer that accepts user dictionaries after start-up, e.g. those named by a discovered reviewlint.json.</summary>
public interface IUserDictionaryTokenizer
{
    /// <summary>Adds the words of a user dictionary file (<c>word [freq] [tag]</c> per line); adding the same file again does nothing.</summary>
    void AddDictionary(string path);
}
