using System.Text;
using Satisfaction.Jobs;
using Satisfaction.Jobs.Settings;

Console.OutputEncoding = Encoding.UTF8;
return await CommandRunner.RunAsync(args, SettingsLoader.Load, Console.Out, Console.Error, TimeProvider.System);
