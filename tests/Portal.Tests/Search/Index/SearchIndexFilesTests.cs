using System.Text;
using System.Text.Json;
using Portal.Search;
using Portal.Search.Analysis;
using Portal.Search.Index;

namespace Portal.Tests.Search.Index;

/// <summary>
/// The index's files as the browser reads them, for an index large enough to split: a hundred and twenty pages whose
/// texts are the Snowball Swedish vocabulary (Search/Fixtures), so tens of thousands of real terms and their folds. The
/// browser's own lookups (index.js) run once, in Node, over what was written.
/// </summary>
[TestFixture]
public sealed class SearchIndexFilesTests
{
    private const int Relationships = 70;
    private const int OtherPages = 50;

    private static readonly string[] Statuses = ["active", "dormant", "ended"];
    private static readonly string[] Types = ["twin-town", "friendship-town", "municipal-partnership"];
    private static readonly string[] Countries = ["NO", "FI", "DK", "IS", "DE"];
    private static readonly string[] Municipalities = ["goteborg", "huddinge", "vanersborg", "uddevalla"];

    private SearchIndex _index = null!;
    private IReadOnlyList<Portal.Output.OutputFile> _files = null!;
    private WrittenIndex _written = null!;
    private List<List<string>> _chunkKeys = null!;
    private string[] _keys = null!;
    private string[] _prefixes = null!;
    private int[] _browserChunks = null!;
    private string[][] _browserPrefixTerms = null!;

    /// <summary>
    /// Relationships and other pages by turns, then the last relationships after them all, as a site lists them; each
    /// has its share of the vocabulary as its text, and a relationship is a twin town ("vänort") by name.
    /// </summary>
    internal static IReadOnlyList<SearchDocument> Documents(IReadOnlyList<string> vocabulary)
    {
        var perPage = (vocabulary.Count / (Relationships + OtherPages)) + 1;
        string Text(int page) => string.Join(' ', vocabulary.Skip(page * perPage).Take(perPage));
        var relationships = Enumerable.Range(0, Relationships).Select(i => SearchIndexBuilderTests.Document(
            SearchKind.Relationship,
            $"samarbeten/ort-{i:000}.html",
            $"Ort {i:000}",
            Text(i),
            names: [$"Vänort {i:000}"],
            facets: new RelationshipFacets(Statuses[i % 3], Types[i / 3 % 3], Countries[i % 5], Municipalities[i % 4], $"{1900 + i}–")));
        var others = Enumerable.Range(0, OtherPages).Select(i =>
            SearchIndexBuilderTests.Document((SearchKind)(1 + (i % 5)), $"sida-{i:000}.html", $"Sida {i:000}", Text(Relationships + i)));
        return [.. relationships.Zip(others).SelectMany(p => new[] { p.First, p.Second }), .. relationships.Skip(OtherPages)];
    }

    internal static IReadOnlyList<string> Vocabulary() =>
        File.ReadAllLines(Path.Combine(Path.GetDirectoryName(typeof(SearchIndexFilesTests).Assembly.Location)!, "Search", "Fixtures", "swedish-voc.txt"));

    internal static SearchIndex Build(IReadOnlyList<SearchDocument> documents)
    {
        var analyser = new DocumentAnalyser(LanguageAnalysis.For("sv"));
        return SearchIndexBuilder.Build(analyser.Analysis, [.. documents.Select(analyser.Analyse)]);
    }

    /// <summary>A chunk's keys: its terms' and its folds', in order.</summary>
    private static List<string> KeysOf(JsonElement chunk) =>
        [.. chunk.GetProperty("terms").EnumerateObject().Select(p => p.Name).Union(chunk.GetProperty("folds").EnumerateObject().Select(p => p.Name)).Order(StringComparer.Ordinal)];

    [OneTimeSetUp]
    public void WriteAndReadBack()
    {
        _index = Build(Documents(Vocabulary()));
        _files = SearchIndexFiles.Write(_index);
        _written = WrittenIndex.Of(_files, "sv");
        _chunkKeys = [.. Enumerable.Range(0, _written.ChunkStarts.Count).Select(i => KeysOf(_written.Chunk(i)))];
        _keys = [.. _index.Terms.Select(t => t.Term).Union(_index.Folds.Keys).Order(StringComparer.Ordinal)];

        // Every term's first two and three letters: what a reader types before the word is whole.
        _prefixes = [.. _index.Terms.Select(t => t.Term).Where(t => t[0] != LanguageAnalysis.SecondaryMark && t.Length > 3)
            .SelectMany(t => new[] { t[..2], t[..3] }).Distinct().Order(StringComparer.Ordinal)];
        var browser = BrowserScript.Run(
            """
            const { SearchIndex } = await import(assets + 'index.js');
            const index = new SearchIndex(input.manifest, new URL('https://example.org/search/sv/' + input.manifest.folder));
            index.file = async (name) => input.files[name];
            const prefixTerms = [];
            for (const prefix of input.prefixes) {
              prefixTerms.push(await index.termsStartingWith(prefix));
            }
            return { chunks: input.keys.map((key) => index.chunkOf(key)), prefixTerms };
            """,
            new { manifest = _written.Manifest, files = _written.Files.Where(f => f.Key.StartsWith("terms-", StringComparison.Ordinal)).ToDictionary(), keys = _keys, prefixes = _prefixes });
        _browserChunks = [.. browser.GetProperty("chunks").EnumerateArray().Select(e => e.GetInt32())];
        _browserPrefixTerms = [.. browser.GetProperty("prefixTerms").EnumerateArray().Select(e => WrittenIndex.Strings(e).ToArray())];
    }

    [Test]
    public void The_index_is_large_enough_to_split_into_several_chunks()
    {
        Assert.That(_index.Terms, Has.Count.GreaterThan(20_000));
        Assert.That(_index.Folds, Has.Count.GreaterThan(1_000));
        Assert.That(_written.ChunkStarts, Has.Count.GreaterThanOrEqualTo(5));
        Assert.That(_written.Files.Keys.Count(k => k.StartsWith("terms-", StringComparison.Ordinal)), Is.EqualTo(_written.ChunkStarts.Count), "a file for each chunk the manifest names");
    }

    [Test]
    public void The_chunks_hold_every_term_and_folded_form_once_in_ordinal_order() =>
        Assert.That(_chunkKeys.SelectMany(k => k), Is.EqualTo(_keys));

    [Test]
    public void Each_chunk_after_the_first_starts_with_the_key_the_manifest_names_and_the_first_with_the_empty_string()
    {
        var starts = _written.ChunkStarts;
        Assert.Multiple(() =>
        {
            Assert.That(starts[0], Is.Empty, "a key before the first term is looked up in the first chunk");
            Assert.That(starts.Skip(1), Is.EqualTo(_chunkKeys.Skip(1).Select(k => k[0])));
            Assert.That(starts, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        });
    }

    [Test]
    public void The_browser_looks_every_key_up_in_the_chunk_that_holds_it()
    {
        var holder = _chunkKeys.SelectMany((keys, place) => keys.Select(k => (k, place))).ToDictionary(p => p.k, p => p.place, StringComparer.Ordinal);
        var misplaced = _keys.Select((key, i) => (key, browser: _browserChunks[i])).Where(k => holder[k.key] != k.browser)
            .Select(k => $"{k.key}: in chunk {holder[k.key]}, looked up in {k.browser}").ToList();
        Assert.That(misplaced, Is.Empty);
    }

    [Test]
    public void A_prefix_finds_the_shortest_terms_that_start_with_it_across_chunks()
    {
        var terms = _index.Terms.Select(t => t.Term).ToList();
        var wrong = new List<string>();
        for (var i = 0; i < _prefixes.Length; i++)
        {
            // The terms are in ordinal order: those with the prefix stand together from its place on.
            var first = terms.BinarySearch(_prefixes[i], StringComparer.Ordinal);
            var expected = terms.Skip(first < 0 ? ~first : first).TakeWhile(t => t.StartsWith(_prefixes[i], StringComparison.Ordinal))
                .OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).Take(40).ToList();
            if (!expected.SequenceEqual(_browserPrefixTerms[i]))
            {
                wrong.Add($"{_prefixes[i]}: expected {string.Join(' ', expected)}; got {string.Join(' ', _browserPrefixTerms[i])}");
            }
        }

        Assert.That(wrong, Is.Empty, $"{wrong.Count} of {_prefixes.Length} prefixes");
    }

    [Test]
    public void A_chunk_stays_near_the_chunk_size()
    {
        var sizes = Enumerable.Range(0, _written.ChunkStarts.Count).Select(i => Encoding.UTF8.GetByteCount(_written.Texts[$"terms-{i}.json.gz"])).ToList();
        var parts = string.Join(", ", Enumerable.Range(0, sizes.Count).Select(i =>
            $"{sizes[i]} ({Encoding.UTF8.GetByteCount(_written.Chunk(i).GetProperty("terms").GetRawText())} terms + {Encoding.UTF8.GetByteCount(_written.Chunk(i).GetProperty("folds").GetRawText())} folds)"));
        Assert.Multiple(() =>
        {
            // No term's entry here is longer than a kilobyte: a chunk overshoots the size by less than that.
            Assert.That(sizes.SkipLast(1), Has.All.InRange(SearchIndexFiles.ChunkBytes, SearchIndexFiles.ChunkBytes * 9 / 8), "every chunk but the last is full, and no fuller: " + parts);
            Assert.That(sizes[^1], Is.InRange(1, SearchIndexFiles.ChunkBytes * 9 / 8), "the last chunk: " + parts);
        });
    }

    [Test]
    public void Postings_are_written_as_gaps_between_page_numbers_and_read_back_as_they_were()
    {
        var read = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var i = 0; i < _written.ChunkStarts.Count; i++)
        {
            foreach (var term in _written.Chunk(i).GetProperty("terms").EnumerateObject())
            {
                var values = term.Value.EnumerateArray().Select(v => v.GetInt32()).ToArray();
                var page = 0;
                for (var p = 0; p < values.Length; p += 2)
                {
                    page += values[p];
                    values[p] = page;
                }

                read[term.Name] = values;
            }
        }

        // Compared here rather than by Is.EquivalentTo, which takes minutes over tens of thousands of arrays.
        Assert.That(read.Keys.Order(StringComparer.Ordinal), Is.EqualTo(_index.Terms.Select(t => t.Term)));
        Assert.That(_index.Terms.Where(t => !read[t.Term].SequenceEqual(t.Postings)).Select(t => t.Term), Is.Empty, "terms whose postings read back otherwise");
        var vanort = _written.Chunk(_chunkKeys.FindIndex(k => k.Contains("vänort"))).GetProperty("terms").GetProperty("vänort");
        Assert.That(
            vanort.EnumerateArray().Select(v => v.GetInt32()).Where((_, p) => p % 2 == 0).Take(Relationships),
            Is.EqualTo(Enumerable.Repeat(1, Relationships - 1).Prepend(0)),
            "every relationship, numbered 0 to 69, written as gaps");
    }

    [Test]
    public void The_folds_are_written_beside_the_terms_that_fold_to_them()
    {
        var folds = Enumerable.Range(0, _written.ChunkStarts.Count)
            .SelectMany(i => _written.Chunk(i).GetProperty("folds").EnumerateObject())
            .ToDictionary(p => p.Name, p => WrittenIndex.Strings(p.Value), StringComparer.Ordinal);
        Assert.That(folds.Keys.Order(StringComparer.Ordinal), Is.EqualTo(_index.Folds.Keys.Order(StringComparer.Ordinal)));
        Assert.That(_index.Folds.Where(f => !folds[f.Key].SequenceEqual(f.Value)).Select(f => f.Key), Is.Empty, "folded forms written with other terms");
        Assert.That(folds["vanort"], Is.EqualTo(new[] { "vänort" }));
    }

    [Test]
    public void The_result_files_hold_each_page_in_number_order_a_batch_a_file()
    {
        var batches = _written.Files.Keys.Where(k => k.StartsWith("docs-", StringComparison.Ordinal)).Select(k => _written.Files[k].GetArrayLength()).ToList();
        var documents = _written.Documents;
        Assert.Multiple(() =>
        {
            Assert.That(batches, Has.Count.EqualTo((_index.Documents.Count + SearchIndexFiles.BatchSize - 1) / SearchIndexFiles.BatchSize));
            Assert.That(batches.SkipLast(1), Has.All.EqualTo(SearchIndexFiles.BatchSize));
            Assert.That(documents.Select(d => d[0].GetString()), Is.EqualTo(_index.Documents.Select(d => d.Path)));
            Assert.That(documents.Select(d => d[1].GetString()), Is.EqualTo(_index.Documents.Select(d => d.Title)));
            Assert.That(documents.Select(d => d[2].GetInt32()), Is.EqualTo(_index.Documents.Select(d => (int)d.Kind)));
            Assert.That(documents.Select((d, i) => _index.Documents[i].Text.StartsWith(d[3].GetString()!, StringComparison.Ordinal)), Has.All.True, "a result's text is the start of its page's");
        });
    }

    [Test]
    public void A_relationships_result_carries_its_filter_values_and_years_and_no_other_page_does()
    {
        var documents = _written.Documents;
        var relationships = _index.Documents.Take(_index.RelationshipCount).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(relationships, Has.All.Matches<SearchDocument>(d => d.Kind == SearchKind.Relationship));
            Assert.That(_index.Documents.Skip(_index.RelationshipCount), Has.None.Matches<SearchDocument>(d => d.Kind == SearchKind.Relationship));
            Assert.That(
                documents.Take(_index.RelationshipCount).Select(d => WrittenIndex.Strings(d[4])),
                Is.EqualTo(relationships.Select(r => new[] { r.Facets!.Status, r.Facets.Type, r.Facets.Country, r.Facets.Municipality, r.Facets.Years })));
            Assert.That(documents.Skip(_index.RelationshipCount).Select(d => d.GetArrayLength()), Has.All.EqualTo(4));
        });
    }

    [TestCase("status")]
    [TestCase("type")]
    [TestCase("country")]
    [TestCase("municipality")]
    public void A_filters_column_has_each_relationships_value_by_its_place_in_the_manifests_list(string name)
    {
        var values = WrittenIndex.Strings(_written.Manifest.GetProperty("facets").GetProperty(name));
        var column = _written.Files[$"facet-{name}.json.gz"].EnumerateArray().Select(e => e.GetInt32()).ToList();
        var expected = _index.Documents.Take(_index.RelationshipCount).Select(d => name switch
        {
            "status" => d.Facets!.Status,
            "type" => d.Facets!.Type,
            "country" => d.Facets!.Country,
            _ => d.Facets!.Municipality,
        }).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(column, Has.Count.EqualTo(_index.RelationshipCount));
            Assert.That(column.Select(place => values[place]), Is.EqualTo(expected));
            Assert.That(values, Is.EqualTo(expected.Distinct().Order(StringComparer.Ordinal)), "each value once, in ordinal order");
        });
    }

    [Test]
    public void The_manifest_counts_the_pages_and_names_the_kinds_in_their_numbers_order()
    {
        var manifest = _written.Manifest;
        Assert.Multiple(() =>
        {
            Assert.That(manifest.GetProperty("version").GetInt32(), Is.EqualTo(SearchIndexFiles.FormatVersion));
            Assert.That(manifest.GetProperty("language").GetString(), Is.EqualTo("sv"));
            Assert.That(manifest.GetProperty("documents").GetInt32(), Is.EqualTo(_index.Documents.Count));
            Assert.That(manifest.GetProperty("relationships").GetInt32(), Is.EqualTo(Relationships));
            Assert.That(manifest.GetProperty("batchSize").GetInt32(), Is.EqualTo(SearchIndexFiles.BatchSize));
            Assert.That(WrittenIndex.Strings(manifest.GetProperty("kinds")), Is.EqualTo(new[] { "relationship", "municipality", "country", "network", "decision", "page" }));
            Assert.That(_written.Folder, Does.Match("^[0-9a-f]{12}/$"));
        });
    }

    [Test]
    public void Writing_the_same_index_twice_gives_the_same_bytes()
    {
        var again = SearchIndexFiles.Write(Build(Documents(Vocabulary())));
        Assert.That(again.Select(f => f.Path), Is.EqualTo(_files.Select(f => f.Path)));
        Assert.That(again.Select(f => f.Content), Is.EqualTo(_files.Select(f => f.Content)));
    }

    [Test]
    public void Another_content_is_written_to_another_folder_under_the_same_manifest()
    {
        var documents = Documents(Vocabulary()).ToList();
        documents[^1] = documents[^1] with { Title = documents[^1].Title + " (ny)" };
        var changed = WrittenIndex.Of(SearchIndexFiles.Write(Build(documents)), "sv");
        Assert.Multiple(() =>
        {
            Assert.That(changed.Folder, Is.Not.EqualTo(_written.Folder));
            Assert.That(changed.Bytes.Keys, Does.Contain(SearchIndexFiles.ManifestPath("sv")));
            Assert.That(changed.Bytes.Keys.Intersect(_written.Bytes.Keys), Is.EqualTo(new[] { SearchIndexFiles.ManifestPath("sv") }), "no other path is reused for other bytes");
        });
    }

    [Test]
    public void Every_file_is_gzipped_json()
    {
        Assert.That(_written.Bytes.Values, Has.All.Matches<byte[]>(b => b.Length > 2 && b[0] == 0x1f && b[1] == 0x8b));
        Assert.That(_files.Select(f => f.Path), Has.All.EndWith(".json.gz"));
    }
}
