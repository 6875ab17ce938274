using System.Runtime.InteropServices;

namespace Portal.Launcher;

internal static partial class Unix
{
    /// <summary>Replaces this process with <paramref name="executable"/>, run with <paramref name="arguments"/>.</summary>
    public static void Exec(string executable, string[] arguments)
    {
        var argv = new string?[arguments.Length + 2]; // argv[0], the arguments, and the null that ends them
        argv[0] = executable;
        arguments.CopyTo(argv, 1);
        _ = execv(executable, argv);
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int execv(string path, string?[] argv);
}
