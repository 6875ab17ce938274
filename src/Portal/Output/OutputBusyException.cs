using System.Globalization;

namespace Portal.Output;

/// <summary>Another write kept an output folder locked for longer than a write waits: a build that hangs, or a very slow disk.</summary>
public sealed class OutputBusyException(string outputDirectory, string lockFile, TimeSpan waited)
    : IOException(string.Create(
        CultureInfo.InvariantCulture,
        $"another build is writing '{outputDirectory}' (it holds '{lockFile}'); waited {waited.TotalSeconds:0} s. Try again when it has finished."));
