using System.Runtime.InteropServices;

namespace Explainer.Sources;

/// <summary>
/// Whether a path (after its links) is an ordinary file. Opening a named pipe waits until something writes to it,
/// and a device may never end, so nothing else is opened; .NET does not tell the kinds apart, statx(2) does.
/// </summary>
public static partial class RegularFile
{
    /// <summary>False for a named pipe, socket or device; true for a file, and wherever the kind cannot be told
    /// (not Linux), since only Unix-like systems put such things among files.</summary>
    public static unsafe bool Is(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }

        const int AtFdCwd = -100;
        const uint StatxType = 1;
        const int ModeOffset = 28; // struct statx: stx_mask, stx_blksize, stx_attributes, stx_nlink, stx_uid, stx_gid, stx_mode
        const int TypeMask = 0xF000, Regular = 0x8000;
        var buffer = stackalloc byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
            {
                return true; // gone or unreadable: opening it reports why
            }
        }
        catch (EntryPointNotFoundException)
        {
            return true;
        }

        return (*(ushort*)(buffer + ModeOffset) & TypeMask) == Regular;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial int Statx(int directoryFd, string path, int flags, uint mask, byte* buffer);
}
