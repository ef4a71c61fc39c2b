// Namespaces nearly every use case of this project uses: the mediator's message and handler interfaces, and Result.
global using CleanSpotify.Application.Common.Results;
global using Mediator;
