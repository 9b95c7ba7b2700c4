using System.CommandLine;
using Satisfaction.Jobs.Cli.Progress;
using Satisfaction.Jobs.Settings;
using Satisfaction.Samples;
using Satisfaction.Samples.Options;

namespace Satisfaction.Jobs.Cli;

/// <summary><c>satisfaction generate</c>: synthetic vendor files at any scale, valid or with every mess the contract allows.</summary>
public static class GenerateCommand
{
    public static Command Build(ProductSettings settings, TextWriter output, TextWriter error)
    {
        var outFolder = new Option<string>("--out") { Description = "写到哪个目录 / folder to write the files into", Required = true };
        var kind = new Option<string>("--kind") { Description = "mystery | survey | both (default both)", DefaultValueFactory = _ => "both" };
        var periods = new Option<string>("--periods") { Description = "周期，逗号分隔 / periods, comma separated (default 2026Q3)", DefaultValueFactory = _ => "2026Q3" };
        var visits = new Option<int>("--visits-per-outlet") { Description = "每厅每期暗访次数 / visits per outlet and period (default 2)", DefaultValueFactory = _ => 2 };
        var responses = new Option<int>("--responses-per-outlet") { Description = "每厅每期样本量 / responses per outlet and period (default 30)", DefaultValueFactory = _ => 30 };
        var format = new Option<FileFormat>("--format") { Description = "CsvUtf8 | CsvUtf8Bom | CsvGb18030 | CsvUtf16 | Xlsx (default CsvUtf8Bom)", DefaultValueFactory = _ => FileFormat.CsvUtf8Bom };
        var split = new Option<FileSplit>("--split") { Description = "None | ByCity | ByPeriod (default None)", DefaultValueFactory = _ => FileSplit.None };
        var messy = new Option<bool>("--messy") { Description = "加入数据约定允许的各种写法和少量错误行 / every mess the contract allows, and some bad rows" };
        var outletCount = new Option<int?>("--outlet-count")
        {
            Description = "营业厅数：不超过主数据时取其子集，超过时另造营业厅并在目录旁写出主数据 / outlets: a subset of the master, or beyond it synthetic ones (their master is written beside the folder as <folder>-outlets.csv)",
        };
        var provinces = new Option<int>("--provinces")
        {
            Description = "省分数：1 以上时把营业厅复制到其他省分（编码加 P2… 前缀），并在目录旁写出主数据 / provinces: above 1, the outlets are copied into other provinces (codes prefixed P2…) and their master is written beside the folder as <folder>-outlets.csv",
            DefaultValueFactory = _ => 1,
        };
        var seed = new Option<int>("--seed") { Description = "随机种子 / random seed (same seed, same files)", DefaultValueFactory = _ => 20260705 };
        var outlets = SharedOptions.Outlets();
        var scheme = SharedOptions.Scheme();
        var command = new Command("generate", "生成模拟供应商文件 / synthetic vendor files for demos and benchmarks")
        {
            outFolder, kind, periods, visits, responses, outletCount, provinces, format, split, messy, seed, outlets, scheme,
        };
        command.SetAction(result =>
        {
            var inputs = ProductInputs.Load(result.GetValue(scheme) ?? settings.Scheme, result.GetValue(outlets) ?? settings.Outlets, error);
            if (inputs is null)
            {
                return ExitCodes.BadInput;
            }

            var what = result.GetValue(kind)!;
            if (what is not ("mystery" or "survey" or "both"))
            {
                error.WriteLine($"--kind must be mystery, survey or both, not '{what}'");
                return ExitCodes.BadInput;
            }

            var folder = FolderCheck.Writable(result.GetValue(outFolder), FolderRole.Generated);
            var chosen = inputs.Outlets.Outlets;
            if (result.GetValue(outletCount) is { } count)
            {
                if (count < 1)
                {
                    error.WriteLine("--outlet-count must be at least 1");
                    return ExitCodes.BadInput;
                }

                chosen = OutletSets.Take(chosen, count);
            }

            var provinceCount = result.GetValue(provinces);
            if (provinceCount < 1)
            {
                error.WriteLine("--provinces must be at least 1");
                return ExitCodes.BadInput;
            }

            chosen = OutletSets.AcrossProvinces(chosen, provinceCount);
            if (chosen.Count > inputs.Outlets.Outlets.Count || provinceCount > 1)
            {
                // Beside the folder, not in it: the folder is usually an inbox, and a master is no vendor file.
                var master = folder.TrimEnd(Path.DirectorySeparatorChar) + "-outlets.csv";
                OutletSets.WriteMaster(master, chosen);
                output.WriteLine($"  {Path.GetFileName(master)}: {chosen.Count} outlets (the master plus synthetic ones): run with --outlets {master}");
            }

            GenerateOptions options;
            try
            {
                options = new GenerateOptions
                {
                    Outlets = chosen,
                    Scheme = inputs.Scheme,
                    Periods = result.GetValue(periods)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                    VisitsPerOutlet = result.GetValue(visits),
                    ResponsesPerOutlet = result.GetValue(responses),
                    Format = result.GetValue(format),
                    Messy = result.GetValue(messy),
                    Seed = result.GetValue(seed),
                };
                options.Validate();
            }
            catch (ArgumentException ex)
            {
                error.WriteLine(ex.Message);
                return ExitCodes.BadInput;
            }

            var generator = new VendorFileGenerator(options);
            var kinds = what == "both" ? 2 : 1;
            var reports = ProgressDisplay.RunAsync(output, "生成文件 / generating", plain: false, (_, progress) =>
            {
                var made = new List<GenerationReport>();
                if (what is "mystery" or "both")
                {
                    progress.Update(0, kinds, "暗访 / mystery shopping");
                    made.AddRange(generator.WriteMysteryFiles(folder, "暗访", result.GetValue(split)));
                }

                if (what is "survey" or "both")
                {
                    progress.Update(made.Count == 0 ? 0 : 1, kinds, "满意度 / surveys");
                    made.AddRange(generator.WriteSurveyFiles(folder, "满意度", result.GetValue(split)));
                }

                progress.Update(kinds, kinds, null);
                return Task.FromResult(made);
            }).GetAwaiter().GetResult();

            foreach (var report in reports)
            {
                output.WriteLine($"  {Path.GetFileName(report.Path)}: {report.DataRows:N0} data rows, {report.RejectedRows:N0} planted bad, expect {report.ExpectedLoadedRows:N0} loaded");
            }

            output.WriteLine($"{reports.Count} file(s) in {folder}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
