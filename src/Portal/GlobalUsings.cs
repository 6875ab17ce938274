// The project's own vocabulary, which nearly every stage speaks: the model, diagnostics, routes, content paths, and
// the parts of a content kind's folder (keys, binding, pages, starting files).
global using Portal.Binding;
global using Portal.Content.Keys;
global using Portal.Diagnostics;
global using Portal.Input;
global using Portal.Model;
global using Portal.Pages;
global using Portal.Routing;
global using Portal.Scaffolding;
