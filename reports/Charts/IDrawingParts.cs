using A = DocumentFormat.OpenXml.Drawing.Spreadsheet;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Satisfaction.Reports.Charts;

/// <summary>
/// A worksheet's drawing and the parts it refers to (a chart part per chart, an image part per picture):
/// in a document opened with the Open XML SDK (<see cref="SdkDrawingParts"/>), or in the package the workbook
/// writer streams (Writing.PackageDrawingParts).
/// </summary>
internal interface IDrawingParts
{
    A.WorksheetDrawing Drawing { get; }

    /// <summary>Charts in the drawing so far.</summary>
    int Charts { get; }

    /// <summary>Writes the chart's part; returns the id the drawing refers to it by.</summary>
    string AddChart(C.ChartSpace chart);

    /// <summary>Writes the PNG's part; returns the id the drawing refers to it by.</summary>
    string AddPng(byte[] png);
}
