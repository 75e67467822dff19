namespace ReviewLint.Testing;

/// <summary>An analyzer did not behave as the test's markup says.</summary>
public sealed class VerificationException(string message) : Exception(message);
