using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Text;

namespace ReviewLint.Tests.Analysis;

public class ParagraphFindingsCacheTests
{
    private static readonly ParagraphAction Action = new TextOnlyParagraphAction(_ => { });
    private static readonly ParagraphAction OtherAction = new TextOnlyParagraphAction(_ => { });

    private static ParagraphFinding[] Findings(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new ParagraphFinding(TestRules.Repeat, new TextSpan(i, 1), $"“{i}”重复。", DiagnosticSeverity.Warning,
            null, ImmutableDictionary<string, string>.Empty))];

    private static string Paragraph(int i) => $"第{i}段：对照检查材料中反复出现的套话段落。";

    [Fact]
    public void A_paragraph_is_admitted_only_when_seen_a_second_time_under_the_same_slot()
    {
        var cache = new ParagraphFindingsCache(1 << 20);
        int slot = cache.Slot(Action, "", null);
        Assert.False(cache.Admit(slot, Paragraph(1)));
        Assert.False(cache.Admit(cache.Slot(OtherAction, "", null), Paragraph(1)));
        Assert.True(cache.Admit(slot, Paragraph(1)));
    }

    [Fact]
    public void Stored_findings_are_found_by_content_and_slot()
    {
        var cache = new ParagraphFindingsCache(1 << 20);
        int slot = cache.Slot(Action, "", null);
        var findings = Findings(2);
        cache.Add(slot, Paragraph(1), findings);

        Assert.True(cache.TryGet(slot, ("x" + Paragraph(1)).AsSpan(1), out var found));
        Assert.Same(findings, found);
        Assert.False(cache.TryGet(slot, Paragraph(2), out _));
        Assert.False(cache.TryGet(cache.Slot(OtherAction, "", null), Paragraph(1), out _));
        Assert.Equal(1, cache.Hits);
        Assert.Equal(2, cache.Misses);
    }

    [Fact]
    public void Options_and_declared_inputs_that_are_equal_share_a_slot()
    {
        var cache = new ParagraphFindingsCache(1 << 20);
        Assert.Equal(cache.Slot(Action, "RL2001\u0001ignore\u0001截止", ("青石镇", true)), cache.Slot(Action, "RL2001\u0001ignore\u0001截止", ("青石镇", true)));
        Assert.NotEqual(cache.Slot(Action, "", ("青石镇", true)), cache.Slot(Action, "", ("青石镇", false)));
        Assert.NotEqual(cache.Slot(Action, "", null), cache.Slot(Action, "RL2001\u0001ignore\u0001截止", null));
    }

    [Fact]
    public void Paragraphs_beyond_the_budget_evict_the_oldest_generation()
    {
        const long budget = 16 << 10;
        var cache = new ParagraphFindingsCache(budget);
        int slot = cache.Slot(Action, "", null);
        for (int i = 0; i < 400; i++) cache.Add(slot, Paragraph(i), Findings(1 + i % 3));

        Assert.InRange(cache.EstimatedBytes, 1, budget);
        Assert.False(cache.TryGet(slot, Paragraph(0), out _));
        Assert.True(cache.TryGet(slot, Paragraph(398), out var recent));
        Assert.Equal(3, recent.Length);
    }

    [Fact]
    public void A_hit_in_the_old_generation_is_kept_when_it_rotates_again()
    {
        const long budget = 16 << 10;
        var cache = new ParagraphFindingsCache(budget);
        int slot = cache.Slot(Action, "", null);
        cache.Add(slot, Paragraph(0), Findings(1));
        int i = 1;
        for (; cache.TryGet(slot, Paragraph(0), out _) && i < 1000; i++)
        {
            cache.Add(slot, Paragraph(i), Findings(1)); // Paragraph 0 is asked for after every addition, so it stays recent
        }
        Assert.Equal(1000, i);
    }

    [Fact]
    public void Clear_forgets_findings_and_the_doorkeeper()
    {
        var cache = new ParagraphFindingsCache(1 << 20);
        int slot = cache.Slot(Action, "", null);
        cache.Admit(slot, Paragraph(1));
        cache.Add(slot, Paragraph(1), Findings(1));
        cache.Clear();
        Assert.False(cache.TryGet(slot, Paragraph(1), out _));
        Assert.False(cache.Admit(slot, Paragraph(1)));
        Assert.Equal(0, cache.EstimatedBytes);
    }

    [Fact]
    public void Short_and_huge_paragraphs_are_not_cached()
    {
        Assert.False(ParagraphFindingsCache.IsCacheable(ParagraphFindingsCache.MinParagraphLength - 1));
        Assert.True(ParagraphFindingsCache.IsCacheable(200));
        Assert.False(ParagraphFindingsCache.IsCacheable(ParagraphFindingsCache.MaxParagraphLength + 1));
    }

    [Fact]
    public void A_budget_of_zero_turns_caching_off()
    {
        Assert.Null(ParagraphFindingsCache.Create(0));
        Assert.Equal(1 << 20, ParagraphFindingsCache.Create(1 << 20)!.BudgetBytes);
    }
}
