using System.Runtime.InteropServices;

namespace ClaimCompare.Cli.Input;

/// <summary>
/// Tells a regular file from a FIFO, device or socket before it is opened: opening a FIFO blocks until a writer
/// comes, and a device such as <c>/dev/zero</c> never ends, so the type must be known first. .NET's file APIs do
/// not expose the type, so on Linux it is read with <c>statx</c>, whose layout is the same on every architecture.
/// </summary>
internal static partial class FileType
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 0x1C; // struct statx: u32 mask, u32 blksize, u64 attributes, u32 nlink, u32 uid, u32 gid, u16 mode
    private const int TypeMask = 0xF000; // S_IFMT

    /// <summary>
    /// Returns null for a regular file (links followed), or what the path is instead ("a FIFO", "a character
    /// device"...). Where the type cannot be read (not Linux, an old C library), the path is taken as regular.
    /// </summary>
    public static string? DescribeIfNotRegular(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
            {
                return null; // a missing or unreadable file is reported by the read that follows
            }
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) switch
        {
            0x8000 => null,
            0x1000 => "a FIFO (named pipe)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            0x4000 => "a folder",
            _ => "not a regular file",
        };
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);
}
