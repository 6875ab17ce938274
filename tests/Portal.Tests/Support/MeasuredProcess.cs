using System.Diagnostics;
using System.Globalization;

namespace Portal.Tests.Support;

/// <summary>A finished process: its exit code, what it printed, and its wall-clock time and peak resident memory.</summary>
public sealed record ProcessMeasurement(int ExitCode, string Output, string Errors, TimeSpan Elapsed, long PeakBytes);

/// <summary>
/// Runs a command as its own process and measures it as the kernel does: the wall-clock time, and the peak resident
/// set (ru_maxrss from wait4, by way of Python's resource module, which waits for the one child it started). Measured
/// outside the test runner's own process, so no other test's memory counts.
/// </summary>
public static class MeasuredProcess
{
    private const string Wrapper =
        "import resource, subprocess, sys, time\n" +
        "start = time.monotonic()\n" +
        "with open(sys.argv[1], 'wb') as out, open(sys.argv[2], 'wb') as err:\n" +
        "    code = subprocess.run(sys.argv[4:], stdout=out, stderr=err, stdin=subprocess.DEVNULL).returncode\n" +
        "elapsed = time.monotonic() - start\n" +
        "with open(sys.argv[3], 'w') as f:\n" +
        "    f.write(f'{code} {elapsed:.3f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}')\n";

    public static ProcessMeasurement Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan killAfter, params string[] command)
    {
        var files = Path.Combine(workingDirectory, ".measure-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(files);
        string[] wrapper = ["-c", Wrapper, Path.Combine(files, "out"), Path.Combine(files, "err"), Path.Combine(files, "measure")];
        var start = new ProcessStartInfo("python3", wrapper.Concat(command)) { WorkingDirectory = workingDirectory, UseShellExecute = false };

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        if (!process.WaitForExit(killAfter))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Directory.Delete(files, recursive: true);
            throw new AssertionException($"'{string.Join(' ', command)}' was still running after {killAfter.TotalSeconds:0} s and was killed");
        }

        var measured = File.ReadAllText(Path.Combine(files, "measure")).Split(' ');
        var result = new ProcessMeasurement(
            int.Parse(measured[0], CultureInfo.InvariantCulture),
            File.ReadAllText(Path.Combine(files, "out")),
            File.ReadAllText(Path.Combine(files, "err")),
            TimeSpan.FromSeconds(double.Parse(measured[1], CultureInfo.InvariantCulture)),
            long.Parse(measured[2], CultureInfo.InvariantCulture) * 1024);
        Directory.Delete(files, recursive: true);
        return result;
    }
}
