using BenchmarkDotNet.Running;

// Run all benchmarks, or pick with --filter, e.g.:
//   dotnet run -c Release --project bench/Vigil.Bench -- --filter '*Tagger*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
