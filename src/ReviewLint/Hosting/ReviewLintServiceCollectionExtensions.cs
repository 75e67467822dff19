using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReviewLint;
using ReviewLint.Analysis;
using ReviewLint.Configuration;
using ReviewLint.Hosting;
using ReviewLint.Tokenization;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ReviewLint (linter, tokenizer, built-in analyzers, options) in a service collection.</summary>
public static class ReviewLintServiceCollectionExtensions
{
    /// <summary>Adds the linter with the built-in analyzers; <paramref name="configure"/> sets options in code.</summary>
    public static IReviewLintBuilder AddReviewLint(this IServiceCollection services, Action<ReviewLintOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var optionsBuilder = services.AddOptions<ReviewLintOptions>();
        if (configure is not null) optionsBuilder.Configure(configure);

        if (!services.Any(d => d.ServiceType == typeof(ReviewLintMarker)))
        {
            services.AddSingleton<ReviewLintMarker>();
            foreach (var analyzer in BuiltInAnalyzers.Create()) services.AddSingleton(analyzer);
            services.TryAddSingleton<ITokenizer>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<ReviewLintOptions>>().Value;
                return new JiebaTokenizer(options.JiebaDataDirectory, options.Dictionaries);
            });
            services.TryAddSingleton<IDocumentOptionsProvider>(sp => ConfigurationFiles.CreateProvider(sp.GetRequiredService<IOptions<ReviewLintOptions>>().Value));
            services.TryAddSingleton<IReviewLinter>(sp => new ReviewLinter(
                sp.GetServices<DiagnosticAnalyzer>(),
                sp.GetRequiredService<ITokenizer>(),
                sp.GetRequiredService<IOptions<ReviewLintOptions>>().Value,
                sp.GetRequiredService<IDocumentOptionsProvider>(),
                sp.GetService<TimeProvider>()));
        }
        return new ReviewLintBuilder(services);
    }

    /// <summary>Adds the linter with options bound from <paramref name="configuration"/> (e.g. the "ReviewLint" section of appsettings.json),
    /// then <paramref name="configure"/>. An unknown key or a value of the wrong type fails with a <see cref="ConfigurationException"/>
    /// naming the section and key when the options are first used.</summary>
    public static IReviewLintBuilder AddReviewLint(this IServiceCollection services, IConfiguration configuration, Action<ReviewLintOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddReviewLint(options =>
        {
            Bind(configuration, options);
            configure?.Invoke(options);
        });
    }

    private static void Bind(IConfiguration configuration, ReviewLintOptions options)
    {
        string section = configuration is IConfigurationSection s ? s.Path : "(根)";
        var known = typeof(ReviewLintOptions).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var child in configuration.GetChildren())
            if (!known.Contains(child.Key))
                throw new ConfigurationException($"配置节 {section}：未知的配置项 {child.Key}（unknown key）；可用的配置项：{string.Join("、", known.Order(StringComparer.Ordinal))}。",
                    section, child.Key);
        try
        {
            configuration.Bind(options);
        }
        catch (InvalidOperationException e)
        {
            throw new ConfigurationException($"配置节 {section}：{e.Message}", section, null, e);
        }
        options.Rules = new Dictionary<string, string>(options.Rules, StringComparer.OrdinalIgnoreCase);
        options.RuleOptions = options.RuleOptions.ToDictionary(p => p.Key, p => new Dictionary<string, string>(p.Value, StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase);
    }

    private sealed class ReviewLintMarker;
}
