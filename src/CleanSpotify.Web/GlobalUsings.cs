// What the controllers, view components and HTTP helpers of this project share: MVC and its authorization
// attributes, the mediator and Result, and this project's view models and result mapping (the views import the
// models the same way, in _ViewImports).
global using CleanSpotify.Application.Common.Results;
global using CleanSpotify.Web.Http;
global using CleanSpotify.Web.Models;
global using Mediator;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Mvc;
