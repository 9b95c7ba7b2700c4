namespace Satisfaction.Jobs.Hosting;

/// <summary>
/// An exclusive lock on a file (flock, taken by .NET for <see cref="FileShare.None"/>), held while the file
/// stays open: the kernel releases it when the holder's process dies. Contended, it is asked for again every
/// quarter second until the patience runs out.
/// </summary>
internal sealed class FileLock : IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(250);
    private readonly FileStream _held;

    private FileLock(FileStream held) => _held = held;

    public static async Task<FileLock> EnterAsync(string path, string name, TimeSpan patience, CancellationToken cancellation)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(Retry, cancellation).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new TimeoutException($"{name}: held by another worker for more than {patience.TotalSeconds:0} s", e);
            }
        }
    }

    public ValueTask DisposeAsync() => _held.DisposeAsync();

    public void Dispose() => _held.Dispose();
}
