using System.Text;
using Spectre.Console;

namespace Satisfaction.Jobs.Cli.Progress;

/// <summary>A writer whose whole lines go to a Spectre console, which prints them above a live progress bar.</summary>
public sealed class ConsoleLines(IAnsiConsole console) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            Flush();
        }
        else if (value != '\r')
        {
            _line.Append(value);
        }
    }

    public override void Flush()
    {
        console.WriteLine(_line.ToString(), Style.Plain);
        _line.Clear();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _line.Length > 0)
        {
            Flush();
        }

        base.Dispose(disposing);
    }
}
