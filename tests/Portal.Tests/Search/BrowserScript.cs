using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Portal.Tests.Search;

/// <summary>
/// Runs the search's own browser modules (theme/assets/search/) in Node: an ES module body, given <c>input</c> (the
/// request, as JSON) and <c>assets</c> (the folder's file URL, ending in '/'), that returns what it found; the result
/// comes back as JSON. One process per call, so a fixture batches everything it asks into one call.
/// </summary>
public static class BrowserScript
{
    private const string Frame =
        """
        const assets = process.argv[1];
        const parts = [];
        for await (const part of process.stdin) {
          parts.push(part);
        }
        const input = JSON.parse(Buffer.concat(parts).toString('utf8'));
        const output = await (async () => {
        BODY
        })();
        process.stdout.write(JSON.stringify(output));
        """;

    private static readonly TimeSpan KillAfter = TimeSpan.FromSeconds(60);

    public static string AssetsFolder => Path.Combine(RepoPaths.Theme, "assets", "search");

    public static JsonElement Run(string body, object input)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--input-type=module");
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add(Frame.Replace("BODY", body, StringComparison.Ordinal));
        start.ArgumentList.Add(new Uri(AssetsFolder + Path.DirectorySeparatorChar).AbsoluteUri);

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            // Not a skip: without Node nothing holds the browser's analysis to the index's.
            throw new AssertionException($"'node' could not be started ({e.Message}); the search's parity tests run theme/assets/search/*.js in Node 20 or later, which must be on PATH");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(JsonSerializer.Serialize(input));
            process.StandardInput.Close();
            if (!process.WaitForExit(KillAfter))
            {
                process.Kill(entireProcessTree: true);
                throw new AssertionException($"node was still running after {KillAfter.TotalSeconds:0} s and was killed");
            }

            Assert.That(process.ExitCode, Is.Zero, $"node failed:\n{errors.Result}");
            using var json = JsonDocument.Parse(output.Result);
            return json.RootElement.Clone();
        }
    }
}
