using BenchmarkDotNet.Running;

// The speed goals of docs and issues, measured rather than asserted in tests (a timed test fails on a busy machine
// and passes on a fast one). Run from the repository root, in Release:
//   dotnet run -c Release --project tests/Portal.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
