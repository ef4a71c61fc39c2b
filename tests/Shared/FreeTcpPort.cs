using System.Net;
using System.Net.Sockets;

namespace CleanSpotify.Tests.Shared;

/// <summary>
/// A loopback port that is free right now: for a server whose address must be known before it starts, or for an
/// address where nothing listens.
/// </summary>
internal static class FreeTcpPort
{
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
