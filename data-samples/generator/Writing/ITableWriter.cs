using Satisfaction.Samples.Rendering;

namespace Satisfaction.Samples.Writing;

/// <summary>Writes rows of cells to one vendor file, streaming where the format allows.</summary>
internal interface ITableWriter : IDisposable
{
    void WriteRow(Cell[] cells);

    /// <summary>Merges a range, 0-based rows counted from the first row written; ignored by CSV.</summary>
    void Merge(int row, int col, int lastRow, int lastCol);

    /// <summary>Adds a hidden sheet before the data sheet holding these rows; ignored by CSV.</summary>
    void AddHiddenDraft(IReadOnlyList<Cell[]> rows);
}
