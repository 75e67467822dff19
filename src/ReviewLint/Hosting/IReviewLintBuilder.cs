using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReviewLint.Analysis;

namespace ReviewLint.Hosting;

/// <summary>Adds analyzers to a ReviewLint registration.</summary>
public interface IReviewLintBuilder
{
    IServiceCollection Services { get; }

    /// <summary>Registers a third-party analyzer as a singleton; its rule ids must not clash with any other.</summary>
    IReviewLintBuilder AddAnalyzer<TAnalyzer>() where TAnalyzer : DiagnosticAnalyzer;

    IReviewLintBuilder AddAnalyzer(DiagnosticAnalyzer analyzer);
}

internal sealed class ReviewLintBuilder(IServiceCollection services) : IReviewLintBuilder
{
    public IServiceCollection Services { get; } = services;

    public IReviewLintBuilder AddAnalyzer<TAnalyzer>() where TAnalyzer : DiagnosticAnalyzer
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<DiagnosticAnalyzer, TAnalyzer>());
        return this;
    }

    public IReviewLintBuilder AddAnalyzer(DiagnosticAnalyzer analyzer)
    {
        Services.AddSingleton(analyzer);
        return this;
    }
}
