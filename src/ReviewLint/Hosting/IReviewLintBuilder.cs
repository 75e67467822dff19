using System.Collections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReviewLint.Analysis;

namespace ReviewLint.Hosting;

/// <summary>The service collection ReviewLint was added to, with methods to add analyzers.</summary>
public interface IReviewLintBuilder : IServiceCollection
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

    public ServiceDescriptor this[int index] { get => Services[index]; set => Services[index] = value; }
    public int Count => Services.Count;
    public bool IsReadOnly => Services.IsReadOnly;
    public void Add(ServiceDescriptor item) => Services.Add(item);
    public void Clear() => Services.Clear();
    public bool Contains(ServiceDescriptor item) => Services.Contains(item);
    public void CopyTo(ServiceDescriptor[] array, int arrayIndex) => Services.CopyTo(array, arrayIndex);
    public IEnumerator<ServiceDescriptor> GetEnumerator() => Services.GetEnumerator();
    public int IndexOf(ServiceDescriptor item) => Services.IndexOf(item);
    public void Insert(int index, ServiceDescriptor item) => Services.Insert(index, item);
    public bool Remove(ServiceDescriptor item) => Services.Remove(item);
    public void RemoveAt(int index) => Services.RemoveAt(index);
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
