using System.Text.Json;
using Portal.Search.Analysis;

namespace Portal.Tests.Search.Analysis;

/// <summary>
/// The browser analyses a query with theme/assets/search/analysis.js, the index is built with the C# analysis: a word
/// typed finds a page only if both turn it into the same keys. Held together on the Snowball project's Swedish
/// vocabulary and a sample of its English one (Search/Fixtures), with the manifests a real build writes, in one Node run.
/// </summary>
[TestFixture]
public sealed class AnalysisParityTests
{
    private static readonly string[] Languages = ["sv", "en"];

    /// <summary>Texts whose words the two must split and lower-case alike, each with a name for its test.</summary>
    private static readonly (string Name, string Text)[] Texts =
    [
        ("Swedish", "Vänorterna i Norden: Åbo, Århus och Bergen (1946–2024). VÄNERSBORG!"),
        ("English", "Huddinge's twin-town partnership ended in 2024; it's over."),
        ("Turkish dotted capital I", "İSTANBUL, İzmir ve IĞDIR ıslak"),
        ("Greek with final sigma", "ΟΔΟΣ Σίσυφος ΣΟΦΟΣ άλφα ΐ"),
        ("German sharp s", "Straße STRASSE Maß GROẞ"),
        ("Decomposed marks", "Va\u0308nersborg A\u030Abo Sa\u0300o q\u0307"),
        ("Digits", "C40 SMART4MD 2024-01-17 ١٢٣ ½ x² ៣"),
        ("Hyphens and punctuation", "Lyngby-Taarbæk S:t Olavs e-post@example.org www.huddinge.se/kommun \"fadderort\" 50/50"),
        ("Emoji", "Vänort 🇸🇪 😀 Göteborg👍🏽text ❤️ä"),
        ("CJK", "東京都 と 日本、𠮷野家。서울특별시"),
        ("Scripts with marks", "مُحَمَّد עִברִית नमस्ते ไทย"),
        ("Letters beyond the basic plane", "𐐀𐐁 𝔄𝔟 𞤀"),
        ("Title case and compatibility letters", "ǅemal ﬁnal K Å ℌ Ꭰ Ა և"),
        ("Joiners and spaces", "a\u200Db a\u00A0b a\u2009b a\u00ADb"),
        ("Over-long runs", new string('a', 40) + " " + new string('b', 41) + " " + new string('ä', 40) + " " + string.Concat(Enumerable.Repeat("𐐀", 20)) + " " + string.Concat(Enumerable.Repeat("𐐀", 21)) + " ok"),
    ];

    /// <summary>Words beyond the vocabulary that fold: other Nordic and European letters, and scripts with marks.</summary>
    private static readonly string[] FoldWords =
    [
        "åbo", "århus", "seyðisfjörður", "taarbæk", "straße", "łódź", "œuvre", "þingvellir", "đakovo", "ångström", "ﬁnal",
        "i̇stanbul", "ǆemal", "서울", "tiếng", "mañana", "garçon", "άλφα", "ΐ", "नमस्ते", "مُحَمَّد", "siglufjörður", "eiði",
    ];

    private IReadOnlyDictionary<string, string[]> _vocabulary = null!;
    private IReadOnlyDictionary<string, JsonElement> _manifests = null!;
    private IReadOnlyDictionary<string, string[]> _words = null!;
    private IReadOnlyDictionary<string, BrowserWord[]> _analysed = null!;
    private string[] _light = null!;
    private string[][] _textWords = null!;
    private string[] _folds = null!;

    [OneTimeSetUp]
    public void RunTheBrowsersAnalysisOnce()
    {
        var fixtures = Path.Combine(Path.GetDirectoryName(typeof(AnalysisParityTests).Assembly.Location)!, "Search", "Fixtures");
        _vocabulary = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["sv"] = File.ReadAllLines(Path.Combine(fixtures, "swedish-voc.txt")),
            ["en"] = File.ReadAllLines(Path.Combine(fixtures, "english-voc-sample.txt")),
        };
        Assert.That(_vocabulary["sv"], Has.Length.GreaterThan(30_000));
        Assert.That(_vocabulary["en"], Has.Length.GreaterThan(10_000));

        var demo = DemoSite.Get();
        Assert.That(demo.Result.Succeeded, Is.True, demo.Report);
        _manifests = Languages.ToDictionary(l => l, l => WrittenIndex.Read(demo.OutputDirectory, l).Manifest, StringComparer.Ordinal);

        // The vocabulary and every stop word, each as the browser's word splitting hands it over.
        _words = Languages.ToDictionary(
            l => l,
            l => _vocabulary[l].Concat(LanguageAnalysis.For(l).StopWords).SelectMany(Words.Of).Distinct(StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);

        var browser = BrowserScript.Run(
            """
            const { analyserOf, wordsOf, fold, lightSwedish } = await import(assets + 'analysis.js');
            const analysed = {};
            for (const [language, words] of Object.entries(input.words)) {
              const analyser = analyserOf(input.manifests[language]);
              analysed[language] = words.map((word) => {
                const keys = analyser.keysOf(word);
                return { keys: keys.map((k) => k.key), weights: keys.map((k) => k.weight), stop: analyser.isStopWord(word) };
              });
            }
            return {
              analysed,
              light: input.words.sv.map(lightSwedish),
              words: input.texts.map((text) => wordsOf(text, input.maxWordLength).map((w) => w.word)),
              folds: input.folds.map((word) => fold(word, input.foldLetters)),
            };
            """,
            new
            {
                manifests = _manifests,
                words = _words,
                texts = Texts.Select(t => t.Text).ToArray(),
                maxWordLength = Words.MaxWordLength,
                folds = FoldInput(),
                foldLetters = Folding.Letters.ToDictionary(l => l.Key.ToString(), l => l.Value, StringComparer.Ordinal),
            });

        // Read once into arrays: a JsonElement's array of objects is walked from its start on every index.
        _analysed = Languages.ToDictionary(
            l => l,
            l => browser.GetProperty("analysed").GetProperty(l).EnumerateArray()
                .Select(w => new BrowserWord([.. WrittenIndex.Strings(w.GetProperty("keys"))], [.. w.GetProperty("weights").EnumerateArray().Select(e => e.GetDouble())], w.GetProperty("stop").GetBoolean()))
                .ToArray(),
            StringComparer.Ordinal);
        _light = [.. WrittenIndex.Strings(browser.GetProperty("light"))];
        _textWords = [.. browser.GetProperty("words").EnumerateArray().Select(w => WrittenIndex.Strings(w).ToArray())];
        _folds = [.. WrittenIndex.Strings(browser.GetProperty("folds"))];
    }

    /// <summary>A word as the browser's analyser sees it: the keys it looks it up by, their weights, and whether it is a stop word.</summary>
    private sealed record BrowserWord(string[] Keys, double[] Weights, bool Stop);

    /// <summary>The Swedish vocabulary's words with a letter beyond a–z, then <see cref="FoldWords"/>.</summary>
    private string[] FoldInput() => [.. _vocabulary["sv"].Where(w => w.Any(c => c >= 0x80)), .. FoldWords];

    private static void AssertNoMismatch(IReadOnlyCollection<string> mismatches, int of, string what) =>
        Assert.That(mismatches, Is.Empty, $"{mismatches.Count} of {of} words {what}; the first:\n{string.Join('\n', mismatches.Take(25))}");

    [TestCase("sv")]
    [TestCase("en")]
    public void The_browsers_first_key_for_each_word_is_the_primary_term_the_index_holds_for_it(string language)
    {
        var analysis = LanguageAnalysis.For(language);
        var words = _words[language];
        var mismatches = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var primary = analysis.Analyse(words[i]).Primary;
            var first = _analysed[language][i].Keys[0];
            var weight = _analysed[language][i].Weights[0];
            if (first != primary || weight != 1)
            {
                mismatches.Add($"{words[i]}: C# {primary}, JS {first} (weight {weight})");
            }
        }

        AssertNoMismatch(mismatches, words.Length, "stem differently");
    }

    [Test]
    public void The_browsers_light_Swedish_stemmer_is_Lucenes_for_each_word()
    {
        var analysis = LanguageAnalysis.For("sv");
        var words = _words["sv"];
        var mismatches = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            // The analysis keeps the light stem only where it differs from the primary one.
            var terms = analysis.Analyse(words[i]);
            var lucene = terms.Secondary ?? terms.Primary;
            if (_light[i] != lucene)
            {
                mismatches.Add($"{words[i]}: Lucene {lucene}, JS {_light[i]}");
            }
        }

        AssertNoMismatch(mismatches, words.Length, "get another light stem");
    }

    [TestCase("sv")]
    [TestCase("en")]
    public void Every_term_the_index_holds_for_a_word_is_a_key_the_browser_looks_the_word_up_by(string language)
    {
        var analyser = new DocumentAnalyser(LanguageAnalysis.For(language));
        var words = _words[language];
        var mismatches = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var indexed = new List<string>();
            analyser.VisitTerms(words[i], indexed, static (term, list) => list.Add(term));
            var keys = _analysed[language][i].Keys;
            if (indexed.Except(keys).Any())
            {
                mismatches.Add($"{words[i]}: indexed as [{string.Join(", ", indexed)}], looked up as [{string.Join(", ", keys)}]");
            }
        }

        AssertNoMismatch(mismatches, words.Length, "are indexed under a term the browser never looks up");
    }

    [TestCase("sv")]
    [TestCase("en")]
    public void The_browser_drops_exactly_the_words_the_index_leaves_out(string language)
    {
        var stopWords = LanguageAnalysis.For(language).StopWords;
        var words = _words[language];
        var mismatches = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            if (_analysed[language][i].Stop != stopWords.Contains(words[i]))
            {
                mismatches.Add($"{words[i]}: C# {stopWords.Contains(words[i])}, JS {!stopWords.Contains(words[i])}");
            }
        }

        AssertNoMismatch(mismatches, words.Length, "are a stop word on one side only");
    }

    [TestCase("sv")]
    [TestCase("en")]
    public void A_builds_manifest_hands_the_browser_exactly_the_languages_stop_words_stemmers_and_fold_letters(string language)
    {
        var analysis = LanguageAnalysis.For(language);
        var manifest = _manifests[language];
        Assert.Multiple(() =>
        {
            Assert.That(WrittenIndex.Strings(manifest.GetProperty("stopWords")), Is.EqualTo(analysis.StopWords.Order(StringComparer.Ordinal)));
            Assert.That(WrittenIndex.Strings(manifest.GetProperty("stemmers")), Is.EqualTo(analysis.Stemmers));
            Assert.That(manifest.GetProperty("secondaryMark").GetString(), Is.EqualTo(LanguageAnalysis.SecondaryMark.ToString()));
            Assert.That(manifest.GetProperty("maxWordLength").GetInt32(), Is.EqualTo(Words.MaxWordLength));
            Assert.That(
                manifest.GetProperty("foldLetters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()),
                Is.EquivalentTo(Folding.Letters.ToDictionary(l => l.Key.ToString(), l => (string?)l.Value)));
        });
        Assert.That(analysis.StopWords, Does.Contain(language == "sv" ? "och" : "the"), "the list is the language's own");
    }

    private static IEnumerable<TestCaseData> TextCases() =>
        Texts.Select((t, i) => new TestCaseData(i).SetArgDisplayNames(t.Name));

    [TestCaseSource(nameof(TextCases))]
    public void The_browser_splits_a_text_into_the_indexs_words(int place)
    {
        var browser = _textWords[place];
        Assert.That(browser, Is.EqualTo(Words.Of(Texts[place].Text)), $"the words of \"{Texts[place].Text}\" (JS: {string.Join(" | ", browser)})");
    }

    [Test]
    public void The_browser_folds_each_word_as_the_index_does()
    {
        var words = FoldInput();
        var mismatches = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            if (_folds[i] != Folding.Fold(words[i]))
            {
                mismatches.Add($"{words[i]}: C# {Folding.Fold(words[i])}, JS {_folds[i]}");
            }
        }

        AssertNoMismatch(mismatches, words.Length, "fold differently");
        Assert.That(words, Has.Length.GreaterThan(5_000), "the vocabulary's words with å, ä or ö are among them");
    }
}
