using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace Portal.Tests.Deploy;

/// <summary>
/// A real web server (Debian's nginx or apache2) that a fixture starts in the foreground with a configuration of its
/// own, on a free loopback port, and stops when it is done: SIGTERM, which both take for "stop now", and a kill of
/// the whole process tree if that does not end it.
/// </summary>
public sealed class WebServerProcess : IDisposable
{
    private const int SigTerm = 15;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _errorLog;

    private WebServerProcess(Process process, int port, string errorLog)
    {
        _process = process;
        Port = port;
        _errorLog = errorLog;
    }

    public int Port { get; }

    /// <summary>What the server wrote to its error log so far.</summary>
    public string ErrorLog => File.Exists(_errorLog) ? File.ReadAllText(_errorLog) : string.Empty;

    /// <summary>What the server wrote to its error log until it listened: what it thought of its configuration.</summary>
    public string StartupLog { get; private set; } = string.Empty;

    /// <summary>Starts <paramref name="program"/> and returns once it accepts connections on <paramref name="port"/>.</summary>
    public static WebServerProcess Start(string program, IEnumerable<string> arguments, int port, string errorLog)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var server = new WebServerProcess(Process.Start(start)!, port, errorLog);
        server._process.OutputDataReceived += (_, e) => server.Record(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        server.WaitUntilListening(program);
        return server;
    }

    /// <summary>A TCP port on the loopback interface that nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The program's path: on the PATH, or in /usr/sbin or /sbin, where Debian puts servers.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/sbin", "/usr/bin"])
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _ = Kill(_process.Id, SigTerm);
            if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }

        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private void WaitUntilListening(string program)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                Assert.Fail($"{program} exited with {_process.ExitCode} before it listened on port {Port}:\n{Output()}\n{ErrorLog}");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                StartupLog = ErrorLog;
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }
            catch (SocketException)
            {
                Dispose();
                Assert.Fail($"{program} did not listen on port {Port} within {Patience.TotalSeconds:0} s:\n{Output()}\n{ErrorLog}");
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
