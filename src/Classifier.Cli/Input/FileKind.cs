using System.Runtime.InteropServices;

namespace Classifier.Cli.Input;

/// <summary>
/// Tells a regular file from a FIFO, device or socket before it is opened: opening a FIFO for
/// reading blocks until some writer comes, and a device can stream forever.
/// </summary>
internal static class FileKind
{
    // .NET's own native shim, shipped with every runtime, has the one portable stat. Its FileStatus
    // record starts with two 32-bit fields, flags then mode, in every runtime version; the mode's
    // file-type bits use the POSIX values below on every Unix.
    private const string NativeShim = "libSystem.Native";
    private const int ModeOffset = 4;
    private const int StatusBufferSize = 512;
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Directory = 0x4000;

    private static readonly Dictionary<int, string> NonRegular = new()
    {
        [0x1000] = "a FIFO (named pipe)",
        [0x2000] = "a character device",
        [0x6000] = "a block device",
        [0xC000] = "a socket",
    };

    /// <summary>What <paramref name="path"/> is when it exists and is neither a regular file nor a folder (such as "a FIFO (named pipe)"), else null.</summary>
    public static string? NotRegular(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null; // Windows paths name files and folders; pipes and devices live in their own namespaces.
        }

        var status = new byte[StatusBufferSize];
        if (Stat(path, status) != 0)
        {
            return null; // Gone or unreadable: opening it reports that in the usual way.
        }

        var type = MemoryMarshal.Read<int>(status.AsSpan(ModeOffset)) & TypeMask;

        return type is RegularFile or Directory ? null : NonRegular.GetValueOrDefault(type, "not a file or folder");
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for the same call.
    [DllImport(NativeShim, EntryPoint = "SystemNative_Stat", SetLastError = false)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
#pragma warning restore SYSLIB1054
}
