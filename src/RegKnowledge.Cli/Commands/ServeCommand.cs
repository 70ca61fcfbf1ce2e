using System.CommandLine;
using RegKnowledge.Cli.Serve;

namespace RegKnowledge.Cli.Commands;

/// <summary><c>regk serve</c>: local preview on 127.0.0.1 that rebuilds on change and reloads the browser.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = CommonOptions.Content();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (default: 5080)", DefaultValueFactory = _ => 5080 };
        var audience = new Option<string?>("--audience") { Description = "Audience to preview (default: default_audience of config/site.yaml)" };
        var command = new Command("serve", "Preview the site on http://127.0.0.1:PORT/, rebuilding when content changes; errors show in the page.")
        {
            content,
            port,
            audience,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var work = Path.Combine(Path.GetTempPath(), "regk-preview-" + Environment.ProcessId);
            using var session = new PreviewSession(parse.GetValue(content)!.FullName, parse.GetValue(audience), work, output);
            try
            {
                session.Start(parse.GetValue(port));
            }
            catch (System.Net.HttpListenerException ex)
            {
                error.WriteLine($"regk serve: cannot listen on port {parse.GetValue(port)}: {ex.Message}. Try --port with another number.");
                return ExitCodes.UsageOrInternal;
            }

            output.WriteLine($"Previewing on {session.Address} (Ctrl+C to stop)");
            var stopped = new TaskCompletionSource<int>();
            cancellation.Register(() => stopped.TrySetResult(ExitCodes.Success));
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stopped.TrySetResult(ExitCodes.Success);
            };
            // Awaited here, inside the session's using scope: returning the task would dispose the session (and stop the
            // server) as soon as it had started.
            return await stopped.Task;
        });
        return command;
    }
}
