using System.CommandLine;
using Satisfaction.Jobs.Hosting;

namespace Satisfaction.Jobs.Cli;

/// <summary>
/// <c>satisfaction hash-password</c>: reads a password from standard input and prints the hash to put in the
/// settings (Satisfaction:Host:Users), so that no password is ever written into them.
/// </summary>
public static class HashPasswordCommand
{
    public static Command Build(TextWriter output, TextReader input)
    {
        var user = new Option<string>("--user") { Description = "用户名 / the user's name (default analyst)", DefaultValueFactory = _ => "analyst" };
        var command = new Command("hash-password", "从标准输入读取密码，输出写入设置的哈希 / read a password from standard input, print the hash for the settings") { user };
        command.SetAction(result =>
        {
            var password = ReferenceEquals(input, Console.In) && !Console.IsInputRedirected ? ReadHidden() : input.ReadLine();
            if (string.IsNullOrEmpty(password))
            {
                throw CommandException.CannotStart("没有读到密码", "no password on standard input", "例如 / e.g.: echo 'secret' | satisfaction hash-password --user analyst");
            }

            var hash = CredentialsHandler.HashPassword(password);
            output.WriteLine(hash);
            output.WriteLine($"appsettings.json: {{ \"Satisfaction\": {{ \"Host\": {{ \"Users\": [ {{ \"Name\": \"{result.GetValue(user)}\", \"PasswordHash\": \"{hash}\" }} ] }} }} }}");
            return ExitCodes.Ok;
        });
        return command;
    }

    // At a terminal the password is typed without being shown.
    private static string ReadHidden()
    {
        Console.Error.Write("密码 / password: ");
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return password.ToString();
    }
}
