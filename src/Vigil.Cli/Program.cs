using System.CommandLine;
using Vigil.Cli;
using Vigil.Cli.Commands;

var root = new RootCommand("Vigil: reads news reports and codes who did what to whom, where, when, how many, according to whom.")
{
    ExtractCommand.Create(),
};

return CommandRunner.Run(root, args);
