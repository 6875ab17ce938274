using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Portal.Output;
using Portal.Search.Analysis;

namespace Portal.Search.Index;

/// <summary>
/// Writes a language's index as the browser reads it, split so that a query fetches only what it needs:
/// <list type="bullet">
/// <item><c>search/{language}/index.json.gz</c>, the manifest: the analysis (stop words, fold letters), where each
/// term chunk starts, and the filters' values. Its name never changes; the browser asks the server whether it did.</item>
/// <item>in a folder named by a hash of everything else (so a cached file is never one of another build's):
/// <c>terms-N</c>, the terms in ordinal order, split into chunks of about <see cref="ChunkBytes"/>;
/// <c>docs-N</c>, what a result shows, <see cref="BatchSize"/> pages a file; <c>facet-NAME</c>, a filter's value for
/// each relationship.</item>
/// </list>
/// Every file is JSON, gzipped (the browser inflates it with <c>DecompressionStream</c>), so the bytes a query costs
/// do not depend on the server compressing.
/// </summary>
public static class SearchIndexFiles
{
    public const int ChunkBytes = 48 * 1024;

    public const int BatchSize = 32;

    /// <summary>How much of a page's text its result keeps: room for the excerpt to be cut around a match.</summary>
    public const int ExcerptSourceLength = 400;

    public const int FormatVersion = 1;

    /// <summary>The filters, in the order a result's facets list their values.</summary>
    private static readonly IReadOnlyList<(string Name, Func<RelationshipFacets, string> Value)> Facets =
    [
        ("status", f => f.Status), ("type", f => f.Type), ("country", f => f.Country), ("municipality", f => f.Municipality),
    ];

    public static readonly IReadOnlyList<string> FacetNames = [.. Facets.Select(f => f.Name)];

    /// <summary>The manifest's path, from the site's root.</summary>
    public static string ManifestPath(string language) => $"search/{language}/index.json.gz";

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<OutputFile> Write(SearchIndex index)
    {
        var language = index.Analysis.Language;
        var (chunkStarts, chunks) = Chunks(index);
        var relationships = index.Documents.Take(index.RelationshipCount).Select(d => d.Facets!).ToList();
        var columns = Facets.ToDictionary(f => f.Name, f => relationships.Select(f.Value).ToList());
        var facetValues = columns.ToDictionary(c => c.Key, c => c.Value.Distinct().Order(StringComparer.Ordinal).ToList());

        // The results' batches are most of the index's bytes and a query fetches few of them: they are compressed
        // fast. The terms, which every query starts with, and the rest are compressed as small as gzip's default makes them.
        var files = new List<(string Name, CompressionLevel Level, Action<Stream> Write)>();
        files.AddRange(chunks.Select((c, i) => ($"terms-{i}.json.gz", CompressionLevel.Optimal, (Action<Stream>)(s => s.Write(c)))));
        files.AddRange(index.Documents.Chunk(BatchSize).Select((b, i) => ($"docs-{i}.json.gz", CompressionLevel.Fastest, JsonTo(json => Batch(json, b)))));
        files.AddRange(FacetNames.Select(name => ($"facet-{name}.json.gz", CompressionLevel.Optimal, JsonTo(json => Facet(json, columns[name], facetValues[name])))));
        var gzipped = new byte[files.Count][];
        Parallel.For(0, files.Count, i => gzipped[i] = Gzip(files[i].Level, files[i].Write));

        // Named by a hash of what it holds, compressed: the same index compresses to the same bytes.
        var folder = $"search/{language}/{Hash(gzipped)}/";
        var output = new OutputFile[files.Count + 1];
        for (var i = 0; i < files.Count; i++)
        {
            output[i] = new OutputFile(folder + files[i].Name, gzipped[i]);
        }

        var manifest = JsonTo(json => Manifest(json, index, folder[$"search/{language}/".Length..], chunkStarts, facetValues));
        output[^1] = new OutputFile(ManifestPath(language), Gzip(CompressionLevel.Optimal, manifest));
        return output;
    }

    /// <summary>
    /// The terms' and folds' entries in key order, cut into chunks of about <see cref="ChunkBytes"/> (the two counted
    /// together); each chunk's first key.
    /// </summary>
    private static (List<string> Starts, List<byte[]> Chunks) Chunks(SearchIndex index)
    {
        // The terms are in order already, and so are the folded forms once sorted: the keys are the two merged.
        var terms = index.Terms;
        var foldKeys = index.Folds.Keys.Order(StringComparer.Ordinal).ToList();
        var (term, fold) = (0, 0);
        var starts = new List<string>();
        var chunks = new List<byte[]>();

        // One pair of buffers and writers for every chunk, emptied between them.
        using var termsBuffer = new MemoryStream(ChunkBytes * 2);
        using var foldsBuffer = new MemoryStream();
        using var termsJson = new Utf8JsonWriter(termsBuffer, Json);
        using var foldsJson = new Utf8JsonWriter(foldsBuffer, Json);
        while (term < terms.Count || fold < foldKeys.Count)
        {
            termsBuffer.SetLength(0);
            foldsBuffer.SetLength(0);
            termsJson.Reset();
            foldsJson.Reset();
            termsJson.WriteStartObject();
            foldsJson.WriteStartObject();
            var first = true;
            while ((term < terms.Count || fold < foldKeys.Count) && (first || termsBuffer.Length + termsJson.BytesPending + foldsBuffer.Length + foldsJson.BytesPending < ChunkBytes))
            {
                // The next key is a term's, a folded form's, or both's.
                var order = term == terms.Count ? 1 : fold == foldKeys.Count ? -1 : string.CompareOrdinal(terms[term].Term, foldKeys[fold]);
                var key = order <= 0 ? terms[term].Term : foldKeys[fold];
                if (first)
                {
                    starts.Add(chunks.Count == 0 ? string.Empty : key);
                    first = false;
                }

                if (order <= 0)
                {
                    WritePostings(termsJson, key, terms[term++].Postings);
                }

                if (order >= 0)
                {
                    WriteStrings(foldsJson, key, index.Folds[foldKeys[fold++]]);
                }

                termsJson.Flush();
                foldsJson.Flush();
            }

            termsJson.WriteEndObject();
            foldsJson.WriteEndObject();
            termsJson.Flush();
            foldsJson.Flush();

            // {"terms":…,"folds":…}, put together from the two parts as bytes.
            var chunk = new byte[TermsPrefix.Length + termsBuffer.Length + FoldsPrefix.Length + foldsBuffer.Length + 1];
            var span = chunk.AsSpan();
            TermsPrefix.CopyTo(span);
            span = span[TermsPrefix.Length..];
            termsBuffer.GetBuffer().AsSpan(0, (int)termsBuffer.Length).CopyTo(span);
            span = span[(int)termsBuffer.Length..];
            FoldsPrefix.CopyTo(span);
            span = span[FoldsPrefix.Length..];
            foldsBuffer.GetBuffer().AsSpan(0, (int)foldsBuffer.Length).CopyTo(span);
            span[^1] = (byte)'}';
            chunks.Add(chunk);
        }

        return (starts, chunks);
    }

    private static ReadOnlySpan<byte> TermsPrefix => "{\"terms\":"u8;

    private static ReadOnlySpan<byte> FoldsPrefix => ",\"folds\":"u8;

    /// <summary>A term's postings, each page's number as the difference from the one before (small numbers, short JSON).</summary>
    private static void WritePostings(Utf8JsonWriter json, string term, int[] postings)
    {
        json.WriteStartArray(term);
        var previous = 0;
        for (var i = 0; i < postings.Length; i += 2)
        {
            json.WriteNumberValue(postings[i] - previous);
            json.WriteNumberValue(postings[i + 1]);
            previous = postings[i];
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// Each page's path, title, kind and the start of its text; then a relationship's facets and years (or null), and
    /// the language of a title and text shown untranslated.
    /// </summary>
    private static void Batch(Utf8JsonWriter json, SearchDocument[] documents)
    {
        json.WriteStartArray();
        foreach (var document in documents)
        {
            json.WriteStartArray();
            json.WriteStringValue(document.Path);
            json.WriteStringValue(document.Title);
            json.WriteNumberValue((int)document.Kind);
            json.WriteStringValue(document.Text);
            if (document.Facets is { } facets)
            {
                json.WriteStartArray();
                foreach (var (_, value) in Facets)
                {
                    json.WriteStringValue(value(facets));
                }

                json.WriteStringValue(facets.Years);
                json.WriteEndArray();
            }
            else if (document.UntranslatedLanguage is not null)
            {
                json.WriteNullValue();
            }

            if (document.UntranslatedLanguage is { } language)
            {
                json.WriteStringValue(language);
            }

            json.WriteEndArray();

            // Into the compressor a page at a time, so the writer's buffer stays the size of one page.
            json.Flush();
        }

        json.WriteEndArray();
    }

    /// <summary>One filter's column: for each relationship, its value's place in the manifest's list of the filter's values.</summary>
    private static void Facet(Utf8JsonWriter json, List<string> column, List<string> values)
    {
        var places = values.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i, StringComparer.Ordinal);
        json.WriteStartArray();
        foreach (var value in column)
        {
            json.WriteNumberValue(places[value]);
        }

        json.WriteEndArray();
    }

    private static void Manifest(Utf8JsonWriter json, SearchIndex index, string folder, List<string> chunkStarts, Dictionary<string, List<string>> facetValues)
    {
        var analysis = index.Analysis;
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        json.WriteString("language", analysis.Language);
        WriteStrings(json, "stemmers", analysis.Stemmers);
        json.WriteString("secondaryMark", LanguageAnalysis.SecondaryMark.ToString());
        json.WriteNumber("maxWordLength", Words.MaxWordLength);
        WriteStrings(json, "stopWords", analysis.StopWords.Order(StringComparer.Ordinal));
        json.WriteStartObject("foldLetters");
        foreach (var (letter, folded) in Folding.Letters)
        {
            json.WriteString(letter.ToString(), folded);
        }

        json.WriteEndObject();
        json.WriteString("folder", folder);
        json.WriteNumber("documents", index.Documents.Count);
        json.WriteNumber("relationships", index.RelationshipCount);
        json.WriteNumber("batchSize", BatchSize);
        WriteStrings(json, "chunks", chunkStarts);
        json.WriteStartObject("facets");
        foreach (var name in FacetNames)
        {
            WriteStrings(json, name, facetValues[name]);
        }

        json.WriteEndObject();
        WriteStrings(json, "kinds", Enum.GetValues<SearchKind>().Select(k => KebabName.Of(k)));
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>Writes the JSON that <paramref name="write"/> writes into a stream.</summary>
    private static Action<Stream> JsonTo(Action<Utf8JsonWriter> write) => stream =>
    {
        using var json = new Utf8JsonWriter(stream, Json);
        write(json);
    };

    private static string Hash(IEnumerable<byte[]> contents)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var content in contents)
        {
            hash.AppendData(BitConverter.GetBytes(content.Length));
            hash.AppendData(content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private static byte[] Gzip(CompressionLevel level, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, level))
        {
            write(gzip);
        }

        return buffer.ToArray();
    }
}
