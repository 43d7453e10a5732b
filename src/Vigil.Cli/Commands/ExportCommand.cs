using System.CommandLine;
using Vigil.Store.Export;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil export --format F [filters] --out FILE</c>: merged events for other tools (ACLED-like CSV, GDELT
/// 2.0 TSV, PLOVER JSON lines, GeoJSON, Parquet). The file is written beside its target and renamed when
/// complete, so a failed export never leaves a truncated file under the requested name.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = string.Join(", ", ExportFormats.Names), Required = true };
        format.AcceptOnlyFromAmong([.. ExportFormats.Names]);
        var output = new Option<string>("--out") { Description = "File to write", Required = true };
        var store = new StoreOptions();
        var filters = new FilterOptions();
        var command = new Command("export", "Export events in ACLED, GDELT, PLOVER, GeoJSON or Parquet form") { format, output };
        filters.AddTo(command);
        store.AddTo(command);
        command.SetAction(parse =>
        {
            var filter = filters.Parse(parse);
            var path = parse.GetValue(output)!;
            var stderr = parse.InvocationConfiguration.Error;
            using var events = IngestCommand.OpenStore(() => store.Open(parse), stderr);
            if (events is null) return CommandRunner.InputErrorExitCode;
            var exporter = ExportFormats.Create(parse.GetValue(format)!);
            var partial = path + ".partial";
            long count;
            try
            {
                using (var stream = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite))
                    count = exporter.Write(events.StreamEvents(filter), events, stream);
                File.Move(partial, path, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
            {
                throw new UsageException($"--out: cannot write '{path}' ({e.Message})");
            }
            finally
            {
                if (File.Exists(partial)) File.Delete(partial);
            }
            parse.InvocationConfiguration.Output.WriteLine($"exported {count} events to {path}");
            return 0;
        });
        return command;
    }
}
