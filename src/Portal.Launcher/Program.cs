using System.Diagnostics;
using Portal.Launcher;

// A published portal is one native executable, compiled ahead of time. This program is published beside it so that
// `dotnet DIR/portal.dll ARGS` keeps working (as scripts that run .NET programs that way expect): it starts the
// executable with the same arguments, streams and working folder, and ends as it ends.
var executable = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "portal.exe" : "portal");
if (!File.Exists(executable))
{
    Console.Error.WriteLine($"portal: {executable} is missing; publish the portal again (dotnet publish src/Portal.Cli)");
    return 127;
}

if (!OperatingSystem.IsWindows())
{
    // Unix replaces this process with the portal's, so that signals (Ctrl+C in `portal preview`) and the exit code
    // reach it and come from it directly; execv returns only when it fails.
    Unix.Exec(executable, args);
    Console.Error.WriteLine($"portal: could not start {executable}: {new System.ComponentModel.Win32Exception(System.Runtime.InteropServices.Marshal.GetLastPInvokeError()).Message}");
    return 126;
}

var start = new ProcessStartInfo(executable) { UseShellExecute = false };
foreach (var argument in args)
{
    start.ArgumentList.Add(argument);
}

Console.CancelKeyPress += (_, e) => e.Cancel = true; // the portal answers Ctrl+C itself
using var portal = Process.Start(start)!;
portal.WaitForExit();
return portal.ExitCode;
