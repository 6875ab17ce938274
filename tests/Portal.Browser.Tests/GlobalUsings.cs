// What every browser test speaks: Playwright, the suite's shared site and server, and the build it serves.
global using Microsoft.Playwright;
global using Portal.Browser.Tests.Support;
global using Portal.Pipeline;
