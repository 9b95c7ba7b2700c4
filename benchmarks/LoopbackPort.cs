using System.Net;
using System.Net.Sockets;

namespace Satisfaction.Benchmarks;

/// <summary>A free TCP port on loopback for a host under measurement.</summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
