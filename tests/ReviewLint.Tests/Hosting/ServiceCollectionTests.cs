using System.Collections.Immutable;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Hosting;
using ReviewLint.Tests.Analysis;
using ReviewLint.Tokenization;

namespace ReviewLint.Tests.Hosting;

/// <summary>A third-party analyzer: flags 还还.</summary>
public sealed class ThirdPartyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRules.Repeat];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(document =>
    {
        foreach (var span in DelegateAnalyzer.Occurrences(document.Text.Content, "还还")) document.Report(TestRules.Repeat, span, null, "还还");
    });
}

/// <summary>Another third-party analyzer that claims RL9001 as well.</summary>
public sealed class ClashingAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("RL9001", "clashing-rule", "冲突", "冲突。", DiagnosticCategory.Wording, DiagnosticSeverity.Info);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];
    public override void Initialize(AnalysisContext context) { }
}

public class ServiceCollectionTests
{
    [Fact]
    public void AddReviewLint_resolves_the_linter_the_tokenizer_and_the_options()
    {
        using var provider = new ServiceCollection().AddReviewLint().BuildServiceProvider();
        var linter = provider.GetRequiredService<IReviewLinter>();
        Assert.Same(linter, provider.GetRequiredService<IReviewLinter>());
        Assert.IsType<JiebaTokenizer>(provider.GetRequiredService<ITokenizer>());
        Assert.NotNull(provider.GetRequiredService<IOptions<ReviewLintOptions>>().Value);
        Assert.Contains(linter.Descriptors, d => d.Id == "RL0001");
    }

    [Fact]
    public async Task AddAnalyzer_adds_a_third_party_analyzer()
    {
        using var provider = new ServiceCollection().AddReviewLint().AddAnalyzer<ThirdPartyAnalyzer>().BuildServiceProvider();
        var linter = provider.GetRequiredService<IReviewLinter>();
        Assert.Contains(linter.Analyzers, a => a is ThirdPartyAnalyzer);
        var result = await linter.AnalyzeAsync(ReportDocument.FromText("a.txt", "思想斗争还还不够。"));
        Assert.Equal("RL9001", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void AddAnalyzer_accepts_an_instance()
    {
        var analyzer = DelegateAnalyzer.Finding("还还");
        using var provider = new ServiceCollection().AddReviewLint().AddAnalyzer(analyzer).BuildServiceProvider();
        Assert.Contains(analyzer, provider.GetRequiredService<IReviewLinter>().Analyzers);
    }

    [Fact]
    public void Adding_the_same_analyzer_type_twice_registers_it_once()
    {
        using var provider = new ServiceCollection().AddReviewLint().AddAnalyzer<ThirdPartyAnalyzer>().AddAnalyzer<ThirdPartyAnalyzer>().BuildServiceProvider();
        Assert.Single(provider.GetRequiredService<IReviewLinter>().Analyzers, a => a is ThirdPartyAnalyzer);
    }

    [Fact]
    public void Duplicate_rule_ids_fail_at_start_up_naming_both_analyzers()
    {
        using var provider = new ServiceCollection().AddReviewLint().AddAnalyzer<ThirdPartyAnalyzer>().AddAnalyzer<ClashingAnalyzer>().BuildServiceProvider();
        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IReviewLinter>());
        Assert.Contains("RL9001", error.Message);
        Assert.Contains(nameof(ThirdPartyAnalyzer), error.Message);
        Assert.Contains(nameof(ClashingAnalyzer), error.Message);
    }

    [Fact]
    public void Duplicate_rule_names_are_rejected_too()
    {
        var first = new DelegateAnalyzer("First", [TestRules.Repeat], _ => { });
        var renamed = new DiagnosticDescriptor("RL9005", "test-repeat", "同名", "同名。", DiagnosticCategory.Wording, DiagnosticSeverity.Info);
        var second = new DelegateAnalyzer("Second", [renamed], _ => { });
        var error = Assert.Throws<InvalidOperationException>(() => new ReviewLinter([first, second], new CharTokenizer()));
        Assert.Contains("test-repeat", error.Message);
    }

    [Fact]
    public void The_same_analyzer_instance_registered_twice_is_reported_as_such()
    {
        var analyzer = DelegateAnalyzer.Finding("还还");
        var error = Assert.Throws<InvalidOperationException>(() => new ReviewLinter([analyzer, analyzer], new CharTokenizer()));
        Assert.Contains("注册了两次", error.Message);
    }

    [Fact]
    public void AddReviewLint_with_configuration_binds_the_options()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rules:RL9001"] = "error",
            ["MaxDegreeOfParallelism"] = "2",
        }).Build();
        using var provider = new ServiceCollection().AddReviewLint(configuration).AddAnalyzer<ThirdPartyAnalyzer>().BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<ReviewLintOptions>>().Value;
        Assert.Equal("error", options.Rules["RL9001"]);
        Assert.Equal(2, options.MaxDegreeOfParallelism);
        Assert.NotNull(provider.GetRequiredService<IReviewLinter>());
    }

    [Fact]
    public async Task Bound_severities_reach_the_linter()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Rules:test-repeat"] = "error" }).Build();
        using var provider = new ServiceCollection().AddReviewLint(configuration).AddAnalyzer<ThirdPartyAnalyzer>().BuildServiceProvider();
        var result = await provider.GetRequiredService<IReviewLinter>().AnalyzeAsync(ReportDocument.FromText("a.txt", "还还"));
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.Diagnostics).Severity);
    }

    [Fact]
    public void Calling_AddReviewLint_twice_does_not_register_twice()
    {
        var services = new ServiceCollection();
        services.AddReviewLint(o => o.Genre = "DutyReport").AddAnalyzer<ThirdPartyAnalyzer>();
        services.AddReviewLint(o => o.UnitName = "青石镇").AddAnalyzer<ThirdPartyAnalyzer>();
        Assert.Single(services, d => d.ServiceType == typeof(IReviewLinter));
        Assert.Single(services, d => d.ServiceType == typeof(ITokenizer));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<ReviewLintOptions>>().Value;
        Assert.Equal(("DutyReport", "青石镇"), (options.Genre, options.UnitName));
        Assert.Single(provider.GetRequiredService<IReviewLinter>().Analyzers, a => a is ThirdPartyAnalyzer);
    }

    [Fact]
    public void A_tokenizer_registered_first_is_kept()
    {
        var tokenizer = new CharTokenizer();
        using var provider = new ServiceCollection().AddSingleton<ITokenizer>(tokenizer).AddReviewLint().BuildServiceProvider();
        Assert.Same(tokenizer, provider.GetRequiredService<ITokenizer>());
    }

    [Fact]
    public void Bad_options_fail_when_the_linter_is_resolved()
    {
        using var provider = new ServiceCollection().AddReviewLint(o => o.Rules["RL8888"] = "error")
            .AddSingleton<ITokenizer>(new CharTokenizer()).BuildServiceProvider();
        var error = Assert.Throws<ReviewLint.Configuration.ConfigurationException>(() => provider.GetRequiredService<IReviewLinter>());
        Assert.Equal("rules.RL8888", error.Key);
    }

    [Fact]
    public void The_builder_is_the_service_collection()
    {
        var services = new ServiceCollection();
        IReviewLintBuilder builder = services.AddReviewLint();
        builder.AddSingleton("额外服务");
        Assert.Same(services, builder.Services);
        Assert.Contains(services, d => d.ServiceType == typeof(string));
    }

    [Fact]
    public void Built_in_analyzers_are_found_by_reflection_in_name_order()
    {
        var found = BuiltInAnalyzers.FromAssembly(typeof(ServiceCollectionTests).Assembly);
        Assert.Equal([typeof(ClashingAnalyzer), typeof(ThirdPartyAnalyzer)], found.Select(a => a.GetType()));
    }
}
