using System.Globalization;
using System.Text;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Benchmarks;

// A realistic survey file for the ingest benchmark: every outlet of the sample master, dates across a
// quarter, S8 mostly not applicable, answers as vendors write them.
internal static class SurveyCsv
{
    public static int Write(string path, int rows)
    {
        var outlets = OutletMasterLoader.Load(DefaultFiles.Resolve(null, "outlets.csv")).Outlets;
        var random = new Random(20260705);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true), 1 << 20);
        writer.WriteLine("样本编号,营业厅编码,营业厅名称,地市,调查日期,S1 营业环境,S2 等候时间,S3 引导分流,S4 服务态度,S5 业务熟练程度,S6 办理效率,S7 资费解释清晰,S8 投诉处理,S9 总体满意度,S10 推荐意愿,意见建议");
        var line = new StringBuilder(256);
        for (var i = 1; i <= rows; i++)
        {
            var outlet = outlets[random.Next(outlets.Count)];
            line.Clear();
            line.Append(CultureInfo.InvariantCulture, $"MY-2026Q3-{i:0000000},{outlet.Code},{outlet.Name},{outlet.City},2026-{7 + random.Next(3)}-{1 + random.Next(28):00}");
            for (var q = 1; q <= 10; q++)
            {
                line.Append(',');
                if (q == 8 && random.Next(10) != 0)
                {
                    continue;
                }

                line.Append(Math.Clamp(6 + random.Next(5) - random.Next(3), 0, 10).ToString(CultureInfo.InvariantCulture));
            }

            line.Append(',');
            if (random.Next(20) == 0)
            {
                line.Append("等候时间太长");
            }

            writer.WriteLine(line);
        }

        Console.WriteLine($"wrote {rows:N0} rows to {path} ({new FileInfo(path).Length / 1048576.0:0.0} MiB)");
        return 0;
    }
}
