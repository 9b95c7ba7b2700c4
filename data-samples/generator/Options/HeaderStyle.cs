namespace Satisfaction.Samples.Options;

/// <summary>How answer columns are headed (DATA-CONTRACT.md 2.3).</summary>
public enum HeaderStyle
{
    /// <summary>The bare code: <c>A1</c>.</summary>
    Codes,

    /// <summary>Code, space, text: <c>A1 站姿、坐姿、走姿规范</c>.</summary>
    CodeSpaceText,

    /// <summary>Code, 、, text: <c>A1、站姿、坐姿、走姿规范</c>.</summary>
    CodeCommaText,

    /// <summary>Code, dot, text: <c>A1.站姿、坐姿、走姿规范</c>.</summary>
    CodeDotText,

    /// <summary>
    /// Two rows: a group row (服务亲和 over A1–A7 …) above the item row (<c>A1 站姿…</c>); in a workbook the
    /// group cells are merged across and the fixed columns merged down.
    /// </summary>
    TwoRowGrouped,
}
