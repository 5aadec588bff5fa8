namespace Handboek.Building;

/// <summary>
/// One build at a time per output folder, across processes: an exclusively opened lock file (an advisory lock on
/// Unix, a sharing lock on Windows). The operating system lets go of it when the process dies, so a killed build
/// never blocks the next one.
/// </summary>
public static class BuildLock
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    /// <summary>Waits while another build holds the folder; after ten minutes it gives up with a Dutch message.</summary>
    public static IDisposable Take(string lockFile)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(lockFile) && waited.Elapsed < Patience)
            {
                Thread.Sleep(200);
            }
            catch (IOException e) when (File.Exists(lockFile))
            {
                throw new IOException($"een andere bouw schrijft al {Patience.TotalMinutes} minuten in deze uitvoermap ({lockFile}); wacht tot die klaar is", e);
            }
        }
    }
}
