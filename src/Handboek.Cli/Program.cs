return Handboek.Cli.CliApp.Run(args, Console.Out, Console.Error);
