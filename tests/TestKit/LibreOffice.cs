using System.Diagnostics;

namespace Platform.TestKit;

/// <summary>
/// Converts a document to PDF with LibreOffice, as a reader opening it would: what LibreOffice cannot open fails the
/// test. Each conversion has its own folder and LibreOffice profile, so tests running in parallel do not share one.
/// </summary>
public static class LibreOffice
{
    public const string NotInstalled =
        "LibreOffice is not installed: run bash .ci/run, or apt-get install -y libreoffice-writer-nogui";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static async Task<byte[]> ConvertToPdfAsync(byte[] document, string extension = "docx")
    {
        var program = OnPath("libreoffice") ?? throw new InvalidOperationException(NotInstalled);
        var folder = Directory.CreateTempSubdirectory("platform-libreoffice-");
        try
        {
            var input = Path.Combine(folder.FullName, $"document.{extension}");
            await File.WriteAllBytesAsync(input, document);
            var output = Path.Combine(folder.FullName, "pdf");
            var start = new ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList =
                {
                    $"-env:UserInstallation={new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri}",
                    "--headless", "--convert-to", "pdf", "--outdir", output, input,
                },
            };
            using var process = Process.Start(start)
                ?? throw new InvalidOperationException($"{program} did not start.");
            var said = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
            using (var timeout = new CancellationTokenSource(Timeout))
            {
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException(
                        $"LibreOffice did not convert the {extension} within {Timeout.TotalSeconds} s."
                    );
                }
            }

            var messages = string.Join(Environment.NewLine, await said).Trim();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"LibreOffice exited with {process.ExitCode}: {messages}");
            }

            // LibreOffice exits with 0 when it cannot load the file; only the missing PDF tells.
            var pdf = Path.Combine(output, "document.pdf");
            return File.Exists(pdf)
                ? await File.ReadAllBytesAsync(pdf)
                : throw new InvalidOperationException(
                    $"LibreOffice wrote no PDF, so it could not open the {extension}: {messages}"
                );
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
