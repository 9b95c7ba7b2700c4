namespace Satisfaction.Analysis.Drivers;

/// <summary>How the key-driver model's linear regression is trained (README, key drivers: what each costs).</summary>
public enum DriverTrainer
{
    /// <summary>Closed-form least squares (normal equations, MathNet.Numerics): the exact minimum, in microseconds.</summary>
    LeastSquares,

    /// <summary>ML.NET's SDCA regression: iterative, converging on the same least-squares weights.</summary>
    Sdca,
}
