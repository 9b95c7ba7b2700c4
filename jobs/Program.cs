using System.Text;
using Satisfaction.Jobs;
using Satisfaction.Jobs.Settings;

Console.OutputEncoding = Encoding.UTF8;
var settings = SettingsLoader.Load();
return await CommandLine.Build(settings, Console.Out, Console.Error).Parse(args).InvokeAsync();
