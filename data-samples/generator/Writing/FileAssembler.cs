using Satisfaction.Ingest.Scheme;
using Satisfaction.Samples.Model;
using Satisfaction.Samples.Options;
using Satisfaction.Samples.Rendering;

namespace Satisfaction.Samples.Writing;

/// <summary>
/// Writes one vendor file from a stream of records: title, header, rows, and in messy mode the blank,
/// total and note rows, duplicates and bad rows, counting everything it does into a report.
/// </summary>
internal sealed class FileAssembler(GenerateOptions options, VendorFileKind kind)
{
    private const int DraftRows = 5;
    private const int IdenticalEvery = 50;

    private static readonly BadRowKind[] Kinds = Enum.GetValues<BadRowKind>();

    public GenerationReport Write(string path, IEnumerable<GeneratedRecord> records, IReadOnlyList<string> periods, string messKey)
    {
        var survey = kind == VendorFileKind.Survey;
        var scheme = options.Scheme;
        var layout = survey
            ? TableLayout.Survey(scheme, options.Header, options.Messy)
            : TableLayout.Mystery(scheme, options.Header, options.Messy);
        var renderer = new RowRenderer(layout, scheme, survey, options.Messy, options.Format == FileFormat.Xlsx);
        var planter = new BadRowPlanter(layout, scheme, survey);
        var random = Seeds.For(options.Seed, "mess", kind.ToString(), messKey);
        var overallIndex = survey ? IndexOfRole(scheme, QuestionRole.Overall) : -1;
        var width = layout.Columns.Count;

        var state = new State();
        using var writer = TableWriterFactory.Create(path, options, survey ? "满意度调研" : "暗访结果");
        if (options.WritesTitle)
        {
            var title = $"江苏联通营业厅{(survey ? "满意度调研" : "暗访")}结果（{string.Join("、", periods)}）";
            Emit(writer, state, Row(width, Cell.Of(title)));
        }

        var headerTop = state.RowNumber;
        foreach (var header in layout.HeaderRows())
        {
            Emit(writer, state, header);
        }

        foreach (var (row, col, lastRow, lastCol) in layout.HeaderMerges())
        {
            writer.Merge(headerTop + row, col, headerTop + lastRow, lastCol);
        }

        var headerRowNumber = state.RowNumber;
        var draft = options.HiddenFirstSheet ? new List<Cell[]>(layout.HeaderRows()) : null;
        var pending = new List<(int Due, Cell[] Cells)>();
        var outletRows = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var record in records)
        {
            var cells = renderer.Render(record, random);
            BadRowKind? bad = options.Messy && random.Chance(options.BadRowFraction) ? Kinds[state.Incidents++ % Kinds.Length] : null;
            if (bad is { } spoil and not BadRowKind.ConflictingDuplicate)
            {
                planter.Spoil(cells, record, spoil, state.Incidents);
            }

            Emit(writer, state, cells);
            state.DataRows++;
            if (bad is { } b)
            {
                state.Plant(b, record.Id);
            }
            else
            {
                outletRows[record.Outlet.Code] = outletRows.GetValueOrDefault(record.Outlet.Code) + 1;
                if (overallIndex >= 0 && record.Answers[overallIndex].Meaning != AnswerMeaning.NotApplicable)
                {
                    state.OverallAnswered++;
                }
            }

            if (bad == BadRowKind.ConflictingDuplicate)
            {
                var copy = (Cell[])cells.Clone();
                var column = planter.FirstAnsweredColumn(record);
                copy[column] = renderer.Opposite(record.Answers[layout.Columns[column].AnswerIndex], layout.Columns[column].AnswerIndex);
                pending.Add((state.DataRows + 3, copy));
                state.ConflictIds.Add(record.Id);
            }
            else if (bad is null && options.Messy && state.DataRows % IdenticalEvery == IdenticalEvery / 2)
            {
                pending.Add((state.DataRows + 2, cells));
                state.IdenticalDuplicates++;
            }

            if (draft is not null && draft.Count < DraftRows + layout.HeaderRows().Count)
            {
                draft.Add(DraftOf(cells, layout));
            }

            Flush(writer, state, pending, force: false);
            if (options.Messy && random.Chance(0.01))
            {
                Emit(writer, state, new Cell[width]);
                state.SkippedRows++;
            }
        }

        Flush(writer, state, pending, force: true);
        if (options.Messy)
        {
            Emit(writer, state, new Cell[width]);
            Emit(writer, state, Row(width, Cell.Of("合计"), Cell.Of(state.DataRows)));
            Emit(writer, state, Row(width, Cell.Of(survey
                ? "注：0–10分，10分为非常满意；空白或“/”表示不适用。本表由调研公司提供，仅供内部使用。"
                : "注：是/√/1表示符合，否/×/0表示不符合，“/”表示不适用；一票否决项不计分。")));
            state.SkippedRows += 3;
        }

        if (draft is not null)
        {
            writer.AddHiddenDraft(draft);
        }

        return new GenerationReport
        {
            Path = path,
            Kind = kind,
            Periods = periods,
            HeaderRowNumber = headerRowNumber,
            DataRows = state.DataRows,
            SkippedRows = state.SkippedRows,
            IdenticalDuplicates = state.IdenticalDuplicates,
            BadRows = state.BadRows,
            PlantedRows = state.Planted,
            OverallAnswered = state.OverallAnswered,
            Outlets = outletRows.Count,
            MaxRowsPerOutlet = outletRows.Count == 0 ? 0 : outletRows.Values.Max(),
        };
    }

    private static void Emit(ITableWriter writer, State state, Cell[] cells)
    {
        writer.WriteRow(cells);
        state.RowNumber++;
    }

    private static void Flush(ITableWriter writer, State state, List<(int Due, Cell[] Cells)> pending, bool force)
    {
        for (var i = 0; i < pending.Count;)
        {
            if (!force && pending[i].Due > state.DataRows)
            {
                i++;
                continue;
            }

            var cells = pending[i].Cells;
            pending.RemoveAt(i);
            Emit(writer, state, cells);
            state.DataRows++;
            if (cells is { Length: > 0 } && state.ConflictIds.Contains(cells[0].Text ?? string.Empty))
            {
                state.Plant(BadRowKind.ConflictingDuplicate, cells[0].Text!);
            }
        }
    }

    private static Cell[] DraftOf(Cell[] cells, TableLayout layout)
    {
        var copy = (Cell[])cells.Clone();
        for (var i = 0; i < copy.Length; i++)
        {
            var role = layout.Columns[i].Role;
            if (role == ColumnRole.Answer)
            {
                copy[i] = Cell.Of(0);
            }
            else if (role == ColumnRole.Comment)
            {
                copy[i] = Cell.Of("草稿，未复核");
            }
        }

        return copy;
    }

    private static Cell[] Row(int width, params ReadOnlySpan<Cell> first)
    {
        var row = new Cell[width];
        first.CopyTo(row);
        return row;
    }

    private static int IndexOfRole(ScoringScheme scheme, QuestionRole role)
    {
        for (var i = 0; i < scheme.Questions.Count; i++)
        {
            if (scheme.Questions[i].Role == role)
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class State
    {
        public int RowNumber { get; set; }

        public int DataRows { get; set; }

        public int SkippedRows { get; set; }

        public int IdenticalDuplicates { get; set; }

        public int OverallAnswered { get; set; }

        public int Incidents { get; set; }

        public HashSet<string> ConflictIds { get; } = new(StringComparer.Ordinal);

        public Dictionary<BadRowKind, int> BadRows { get; } = Kinds.ToDictionary(k => k, _ => 0);

        public List<PlantedRow> Planted { get; } = [];

        public void Plant(BadRowKind kind, string id)
        {
            BadRows[kind]++;
            Planted.Add(new PlantedRow(RowNumber, kind, id));
        }
    }
}
