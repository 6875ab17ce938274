// What nearly every test speaks: its helpers, and the generator's model and diagnostics.
global using Portal.Diagnostics;
global using Portal.Model;
global using Portal.Pipeline;
global using Portal.Tests.Support;
