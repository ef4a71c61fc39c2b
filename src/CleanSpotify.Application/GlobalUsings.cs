// Namespaces nearly every use case of this project uses: the mediator's message and handler interfaces, Result, and the signed-in marker.
global using CleanSpotify.Application.Common.Behaviors;
global using CleanSpotify.Application.Common.Results;
global using Mediator;
