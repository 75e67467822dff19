namespace ReviewLint.Configuration;

/// <summary>The configuration is invalid; the message names the file (if any) and the key.</summary>
public sealed class ConfigurationException(string message, string? source = null, string? key = null, Exception? inner = null)
    : Exception(message, inner)
{
    public string? ConfigurationSource => source;
    public string? Key => key;
}
