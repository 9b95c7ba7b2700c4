using System.Globalization;

namespace Satisfaction.Jobs.Cli.Progress;

/// <summary>Progress as plain lines (output redirected): one line each time the count of items done changes.</summary>
public sealed class PlainProgress(TextWriter output, string title) : IProgressTask
{
    private int _done = -1;

    public void Update(int done, int? total, string? detail)
    {
        if (done == _done)
        {
            return;
        }

        _done = done;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … {title}: {done}{(total is { } t ? "/" + t.ToString(CultureInfo.InvariantCulture) : string.Empty)}{(detail is null ? string.Empty : "  " + detail)}"));
    }
}
