// Namespaces nearly every use case of this project uses: the mediator's message and handler interfaces, Result, the
// signed-in marker, the ports its handlers call and FluentValidation for its validators.
global using CleanSpotify.Application.Abstractions;
global using CleanSpotify.Application.Common.Behaviors;
global using CleanSpotify.Application.Common.Results;
global using FluentValidation;
global using Mediator;
