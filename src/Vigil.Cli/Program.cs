using Vigil.Cli;

return CommandRunner.Run(VigilCommandLine.CreateRoot(), args, Console.Out, Console.Error);
