using ReviewLint.Cli;

return await CliApplication.RunAsync(args);
