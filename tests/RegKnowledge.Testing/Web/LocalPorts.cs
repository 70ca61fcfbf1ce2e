using System.Net;
using System.Net.Sockets;

namespace RegKnowledge.Testing.Web;

/// <summary>Ports and waiting for local servers in tests.</summary>
public static class LocalPorts
{
    /// <summary>A port on 127.0.0.1 that was free a moment ago (the kernel picks it).</summary>
    public static int Free()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Polls <paramref name="condition"/> every 100 ms until it holds; false if it never does within <paramref name="attempts"/> tries.</summary>
    /// <remarks>Not a timing assertion: it waits for a server to come up or a rebuild to land, and fails only if that never happens.</remarks>
    public static async Task<bool> Eventually(Func<Task<bool>> condition, int attempts = 600)
    {
        for (var i = 0; i < attempts; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
