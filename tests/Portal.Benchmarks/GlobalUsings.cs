// What every benchmark speaks: BenchmarkDotNet's attributes and run strategies, and the build it measures.
global using BenchmarkDotNet.Attributes;
global using BenchmarkDotNet.Engines;
global using Portal.Pipeline;
