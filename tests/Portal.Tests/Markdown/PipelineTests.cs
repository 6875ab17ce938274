using Markdig;
using Portal.Data;
using Portal.Input;
using Portal.Markdown;
using Portal.Markdown.Charts;
using Portal.Markdown.Links;
using Portal.Tests.Templates;

namespace Portal.Tests.Markdown;

/// <summary>Each feature of the pages' Markdown is one extension registered in the one builder, and leaving one out leaves its text to Markdig.</summary>
public sealed class PipelineTests
{
    private const string Chart = "Text.\n\n```chart\nsource: trend.csv\ncaption: Trend\n```\n";

    private static readonly Dictionary<string, DataTable?> Tables = new(StringComparer.Ordinal)
    {
        ["trend.csv"] = new DataTable("trend.csv", ["År", "Antal"], [["2011", "867"], ["2018", "527"]]),
    };

    private static string Render(MarkdownPipeline pipeline, string markdown, DiagnosticBag diagnostics) =>
        new MarkdownRenderer(pipeline, Tables, ShippedTheme.Templates)
            .Render(new ContentText("sv", false, markdown.AsMemory(), 4, new SourceFile("pages/test.md", "input/pages/test.md", markdown)), new NoLinks(), diagnostics)
            .Html;

    [Test]
    public void Every_feature_and_guard_is_registered_once_and_the_page_extensions_run_in_the_builders_order()
    {
        var extensions = MarkdownPipelineFactory.Create(ContentLimits.Default).Extensions;
        // By name: each is the project's own extension of its feature's folder (Markdown/Charts/ChartExtension.cs, …).
        string[] features =
        [
            "DataTableExtension", "ChartExtension", "RawHtmlExtension", "TitleHeadingExtension", "LinkExtension",
            "ScrollableTableExtension", "BracketedSpanExtension", "HeadingIdGuardExtension", "LinearScanExtension", "NestingGuardExtension",
        ];

        Assert.That(features.Select(f => extensions.Count(e => e.GetType().Name == f && e.GetType().Namespace!.StartsWith("Portal.Markdown", StringComparison.Ordinal))), Is.All.EqualTo(1));
        Assert.That(
            extensions.OfType<PageExtension>().Select(e => e.GetType().Name),
            Is.EqualTo(features[..5]),
            "the page extensions work in the builder's order: blocks of data, the raw-HTML policy, headings, links");
    }

    [Test]
    public void The_chart_extension_draws_a_chart_block_and_a_pipeline_without_it_shows_the_block_as_code()
    {
        var diagnostics = new DiagnosticBag();
        var builder = MarkdownPipelineFactory.Features(ContentLimits.Default);
        Assert.That(builder.Extensions.TryRemove<ChartExtension>(), Is.True);

        var withChart = Render(MarkdownPipelineFactory.Create(ContentLimits.Default), Chart, diagnostics);
        var withoutChart = Render(builder.Build(), Chart, diagnostics);

        Assert.That(withChart, Does.Contain("<figure class=\"chart chart--bars\" id=\"chart-6\">").And.Contain("<table class=\"data-table\">").And.Not.Contain("<pre>"));
        Assert.That(withoutChart, Does.Contain("<pre><code class=\"language-chart\">source: trend.csv\ncaption: Trend\n</code></pre>").And.Not.Contain("<figure"));
        Assert.That(diagnostics.Sorted(), Is.Empty);
    }

    [Test]
    public void A_data_table_and_a_chart_with_errors_show_nothing_and_an_unknown_block_stays_code()
    {
        var diagnostics = new DiagnosticBag();

        var html = Render(MarkdownPipelineFactory.Create(ContentLimits.Default), "```table\nsource: nope.csv\n```\n\n```chart\nsource: nope.csv\n```\n\n```text\nkod\n```\n", diagnostics);

        Assert.That(html, Is.EqualTo("<pre><code class=\"language-text\">kod\n</code></pre>\n"));
        Assert.That(diagnostics.Sorted().Select(d => (d.Code, d.Location.Line)), Is.EqualTo(new[] { (DiagnosticCodes.DataTable, 5), (DiagnosticCodes.DataTable, 9) }));
    }

    private sealed class NoLinks : ILinkResolver
    {
        public string? Resolve(string inputPath) => null;

        public string? Nearest(string inputPath) => null;
    }
}
