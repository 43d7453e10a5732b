namespace Vigil.Input;

/// <summary>Reads a whole file after checking its size, so an oversized input never reaches memory.</summary>
internal static class FileBytes
{
    public static bool TryRead(string path, InputLimits limits, out byte[] bytes, out string? error)
    {
        bytes = [];
        error = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                error = "no such file";
                return false;
            }
            if (info.Length > limits.MaxDocumentBytes)
            {
                error = $"document too large ({Megabytes(info.Length)} MB; the limit is {Megabytes(limits.MaxDocumentBytes)} MB)";
                return false;
            }
            bytes = File.ReadAllBytes(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read ({e.Message})";
            return false;
        }
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
