using System.Diagnostics;
using System.Globalization;
using Satisfaction.Analysis.Drivers;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Benchmarks;

// Times the key-driver model of one province: N synthetic respondents answering S1–S7 on 0–10 (converted),
// a shared mood making touchpoints correlate as real ones do, 5% N/A per touchpoint, 2% without S9.
// The first run includes ML.NET's start-up (what a report job pays); the second is warm.
// DRIVER_MAX_ROWS and DRIVER_SHUFFLED_ROWS override the DriverLimits defaults, to weigh the caps;
// DRIVER_TRAINER (LeastSquares, Sdca) chooses how the linear model is trained, to weigh the trainers.
internal static class DriverBenchmark
{
    private static readonly double[] Centres = [7.5, 6.5, 7.0, 6.0, 7.2, 8.0, 6.8];
    private static readonly double[] Weights = [0.05, 0.1, 0.05, 0.35, 0.1, 0.25, 0.1];

    public static int Run(int respondents)
    {
        var touchpoints = Enumerable.Range(1, Centres.Length)
            .Select(i => new SurveyQuestion($"S{i}", $"触点{i}", QuestionRole.Touchpoint, 10, 0, 10))
            .ToList();
        var limits = new DriverLimits
        {
            MaxRows = Setting("DRIVER_MAX_ROWS") ?? DriverLimits.Default.MaxRows,
            ShuffledRows = Setting("DRIVER_SHUFFLED_ROWS") ?? DriverLimits.Default.ShuffledRows,
            Trainer = Environment.GetEnvironmentVariable("DRIVER_TRAINER") is { Length: > 0 } trainer
                ? Enum.Parse<DriverTrainer>(trainer, ignoreCase: true)
                : DriverLimits.Default.Trainer,
        };
        var build = Stopwatch.StartNew();
        var samples = Province(respondents);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built {respondents:N0} respondents in {build.Elapsed.TotalSeconds:F2} s"));

        Console.WriteLine($"trainer {limits.Trainer}");
        for (var run = 1; run <= 3; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = KeyDriverAnalysis.Run(touchpoints, samples, minResponses: 200, limits: limits);
            var seconds = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"run {run}: {seconds:F2} s, CPU {cpuSeconds:F2} s  (respondents {result.Respondents:N0}, modelled {result.ModelledRows:N0}, R² {result.RSquared:F3})"));
            if (run == 3)
            {
                foreach (var row in result.Rows)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {row.Code}  importance {row.Importance:F3}  performance {row.Performance:F1}  {row.Quadrant}"));
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak RSS {PeakMemory.PeakRssMiB():F0} MiB"));
        return 0;
    }

    private static int? Setting(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? int.Parse(value, CultureInfo.InvariantCulture) : null;

    private static List<DriverSample> Province(int respondents)
    {
#pragma warning disable CA5394 // Synthetic data, seeded.
        var random = new Random(20260705);
        var samples = new List<DriverSample>(respondents);
        for (var r = 0; r < respondents; r++)
        {
            var mood = (random.NextDouble() * 3) - 1.5;
            var scores = new float[Centres.Length];
            double overall = 0;
            for (var t = 0; t < scores.Length; t++)
            {
                var answer = Math.Clamp(Math.Round(Centres[t] + mood + (random.NextDouble() * 4) - 2), 0, 10);
                overall += Weights[t] * answer;
                scores[t] = random.Next(20) == 0 ? float.NaN : (float)(answer * 10);
            }

            var s9 = Math.Clamp(Math.Round(overall + (random.NextDouble() * 2) - 1), 0, 10);
            samples.Add(new DriverSample(random.Next(50) == 0 ? float.NaN : (float)(s9 * 10), scores));
        }
#pragma warning restore CA5394

        return samples;
    }
}
