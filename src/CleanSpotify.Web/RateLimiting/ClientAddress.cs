using System.Net;
using System.Net.Sockets;

namespace CleanSpotify.Web.RateLimiting;

/// <summary>
/// Who a request comes from, for limits that apply before anyone signs in. An IPv6 client is keyed by its /64, the
/// network one subscriber gets (RFC 6177), since it can pick any of its 2^64 addresses for each request; an IPv4
/// address mapped into IPv6 counts as that IPv4 address.
/// </summary>
public static class ClientAddress
{
    public static string PartitionKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
