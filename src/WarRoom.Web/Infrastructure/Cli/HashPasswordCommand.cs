using System.Text;
using Microsoft.AspNetCore.Identity;

namespace WarRoom.Web.Infrastructure.Cli;

/// <summary>
/// <c>dotnet run --project src/WarRoom.Web -- hash-password</c>: reads a password (hidden at a terminal, or one
/// line from a pipe) and prints the hash for <c>WarRoom:Auth:Users:&lt;login&gt;:PasswordHash</c>.
/// </summary>
public static class HashPasswordCommand
{
    public const string Verb = "hash-password";

    public static int Run(TextReader input, TextWriter output, bool interactive)
    {
        if (interactive)
        {
            output.Write("Password: ");
        }

        var password = interactive ? ReadHidden() : input.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("no password given");
            return 2;
        }

        output.WriteLine(new PasswordHasher<object>().HashPassword(new object(), password));
        return 0;
    }

    public static bool Verify(string hash, string password) =>
        hash.Length > 0 && new PasswordHasher<object>().VerifyHashedPassword(new object(), hash, password) != PasswordVerificationResult.Failed;

    private static string ReadHidden()
    {
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return text.ToString();
            }

            if (key.Key == ConsoleKey.Backspace && text.Length > 0)
            {
                text.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
    }
}
