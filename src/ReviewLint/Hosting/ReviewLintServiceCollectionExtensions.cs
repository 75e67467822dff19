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

    /// <summary>Adds the linter with options bound from <paramref name="configuration"/> (e.g. the "ReviewLint" section of appsettings.json).</summary>
    public static IReviewLintBuilder AddReviewLint(this IServiceCollection services, IConfiguration configuration, Action<ReviewLintOptions>? configure = null) =>
        services.AddReviewLint(options =>
        {
            configuration.Bind(options);
            configure?.Invoke(options);
        });

    private sealed class ReviewLintMarker;
}
