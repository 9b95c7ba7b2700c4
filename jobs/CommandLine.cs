using System.CommandLine;
using Satisfaction.Jobs.Cli;
using Satisfaction.Jobs.Settings;

namespace Satisfaction.Jobs;

/// <summary>The whole command line in one place: every command with its options.</summary>
public static class CommandLine
{
    public static RootCommand Build(ProductSettings settings, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Satisfaction: 营业厅服务暗访与满意度报告 / service audits and satisfaction surveys into reports");
        root.Subcommands.Add(DemoCommand.Build(settings, output, error));
        root.Subcommands.Add(RunCommand.Build(settings, output, error));
        root.Subcommands.Add(StatusCommand.Build(settings, output, error));
        root.Subcommands.Add(RerunCommand.Build(settings, output, error));
        root.Subcommands.Add(GenerateCommand.Build(settings, output, error));
        root.Subcommands.Add(ServeCommand.Build(settings, output, error));
        root.Subcommands.Add(HashPasswordCommand.Build(output, Console.In));
        return root;
    }
}
