// What the controllers, view components and HTTP helpers of this project share: MVC with its authorization and
// rate-limiting attributes and this project's policy names, the mediator and Result, and this project's view models
// and result mapping (the views import the models the same way, in _ViewImports).
global using CleanSpotify.Application.Common.Results;
global using CleanSpotify.Web.Http;
global using CleanSpotify.Web.Models;
global using CleanSpotify.Web.RateLimiting;
global using Mediator;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.RateLimiting;
