using System.Diagnostics;

namespace ReviewLint.Cli.Check;

/// <summary>Standard error for one check run: messages (thread-safe), and a progress line that is drawn only on a terminal,
/// for more than one input, without --quiet, and is erased before any message and at the end.</summary>
internal sealed class StatusWriter(TextWriter error, bool showProgress, int total)
{
    private readonly object _gate = new();
    private readonly long _started = Stopwatch.GetTimestamp();
    private int _done;
    private int _drawnWidth;
    private long _lastDrawn;

    public void WriteLine(string message)
    {
        lock (_gate)
        {
            Erase();
            error.WriteLine(message);
        }
    }

    public void Advance()
    {
        lock (_gate)
        {
            _done++;
            if (!showProgress || total < 2) return;
            long now = Stopwatch.GetTimestamp();
            if (_done < total && Stopwatch.GetElapsedTime(_lastDrawn, now).TotalMilliseconds < 100) return;
            _lastDrawn = now;
            Erase();
            string line = $"检查中 {_done}/{total}（{Stopwatch.GetElapsedTime(_started, now).TotalSeconds:0.0} 秒）";
            error.Write(line);
            _drawnWidth = line.Length * 2;
        }
    }

    public void Finish()
    {
        lock (_gate) Erase();
    }

    private void Erase()
    {
        if (_drawnWidth == 0) return;
        error.Write("\r" + new string(' ', _drawnWidth) + "\r");
        _drawnWidth = 0;
    }
}
