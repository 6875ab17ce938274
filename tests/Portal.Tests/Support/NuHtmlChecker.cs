using System.Diagnostics;
using System.Text.Json;

namespace Portal.Tests.Support;

/// <summary>The W3C Nu HTML checker (npm package vnu-jar, run with java -jar), which scripts/test.sh installs.</summary>
public static class NuHtmlChecker
{
    /// <summary>Every error the checker finds in the HTML files under <paramref name="folder"/>, as "url:line: message".</summary>
    public static IReadOnlyList<string> Errors(string folder)
    {
        var jar = Environment.GetEnvironmentVariable("PORTAL_VNU_JAR")
            ?? Path.Combine(RepoPaths.Root, ".tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.That(File.Exists(jar), Is.True, $"the Nu HTML checker is not installed at {jar}; run scripts/test.sh, which installs it");

        var start = new ProcessStartInfo("java", ["-jar", jar, "--errors-only", "--skip-non-html", "--format", "json", folder])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;

        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
    }
}
