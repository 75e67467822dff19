namespace ReviewLint.Tokenization;

/// <summary>The tokenizer cannot work: its dictionary files are missing, empty or unreadable.</summary>
public sealed class TokenizerException(string message, Exception? inner = null) : Exception(message, inner);
