using System.Runtime.InteropServices;

namespace Scanner.Core.Files;

/// <summary>
/// stat(2) and realpath(3) through the .NET runtime's own native shim (libSystem.Native, linked statically into a
/// Native AOT binary), because the managed file APIs cannot tell a FIFO or a device from an empty file. Only the
/// <c>Mode</c> field (offset 4 of the shim's FileStatus, stable across runtime versions) is read; the buffer is
/// larger than the structure so later fields added by a newer runtime never overrun it.
/// </summary>
internal static partial class NativeFileStatus
{
    private const int StatusBufferBytes = 256;
    private const int ModeOffset = 4;

    public static int? Mode(string path)
    {
        Span<byte> buffer = stackalloc byte[StatusBufferBytes];
        unsafe
        {
            fixed (byte* p = buffer)
                if (Stat(path, p) != 0) return null;
        }
        return BitConverter.ToInt32(buffer[ModeOffset..]);
    }

    public static string? RealPath(string path)
    {
        unsafe
        {
            var resolved = RealPathNative(path);
            if (resolved == null) return null;
            try { return Marshal.PtrToStringUTF8((nint)resolved); }
            finally { Free(resolved); }
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Stat(string path, byte* status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_RealPath", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial byte* RealPathNative(string path);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Free")]
    private static unsafe partial void Free(void* pointer);
}
