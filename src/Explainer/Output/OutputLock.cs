using System.Runtime.InteropServices;

namespace Explainer.Output;

/// <summary>
/// Builds into one output folder take turns: each holds an exclusive lock on a file beside the folder from the
/// moment it starts staging until its staging folder is swapped in or removed. The operating system releases the
/// lock when the process ends, however it ends, so a killed build never blocks the next one.
/// </summary>
internal sealed partial class OutputLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private readonly FileStream file;

    private OutputLock(FileStream file) => this.file = file;

    /// <summary>Waits until no other build holds <paramref name="path"/>; <paramref name="waiting"/> is called once if it has to.</summary>
    public static OutputLock Acquire(string path, Action? waiting)
    {
        var told = false;
        while (true)
        {
            if (TryAcquire(path) is { } acquired)
            {
                return acquired;
            }

            if (!told)
            {
                waiting?.Invoke();
                told = true;
            }

            Thread.Sleep(Poll);
        }
    }

    public void Dispose() => file.Dispose();

    /// <summary>A share mode, which Windows enforces and .NET emulates on Unix with flock(), plus flock() itself on Unix:
    /// the emulation is switched off where System.IO.DisableFileLocking is set, as it is for the explainer command.</summary>
    private static OutputLock? TryAcquire(string path)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsBusy(e.HResult))
        {
            return null;
        }

        const int ExclusiveNoWait = 2 | 4; // LOCK_EX | LOCK_NB
        if (OperatingSystem.IsWindows() || Flock((int)file.SafeFileHandle.DangerousGetHandle(), ExclusiveNoWait) == 0)
        {
            return new OutputLock(file);
        }

        var error = Marshal.GetLastPInvokeError();
        file.Dispose();
        return IsBusy(error) ? null : throw new IOException($"could not lock '{path}' (error {error})");
    }

    /// <summary>Windows' sharing violation, or EWOULDBLOCK (.NET reports the errno as the HResult on Unix).</summary>
    private static bool IsBusy(int code) =>
        code == (OperatingSystem.IsWindows() ? unchecked((int)0x80070020) : OperatingSystem.IsLinux() ? 11 : 35);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int fd, int operation);
}
