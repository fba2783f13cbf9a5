using System.Net;
using System.Net.Sockets;

namespace PortfolioAnalytics.Dashboard.Hosting;

/// <summary>
/// Checks <c>--urls</c> before a long command does its work: a malformed address or a port another program holds is
/// said at once, not after a minute of loading.
/// </summary>
internal static class ListenUrls
{
    /// <summary>Null when every address parses and its port is free; otherwise the zh-TW reason.</summary>
    public static (string Message, bool InUse)? Problem(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel accepts * and + as "every address"; Uri does not.
            var parsable = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(parsable, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                return ($"--urls 的位址「{url}」無法辨識；請寫成 http://127.0.0.1:5080 的形式。", false);
            if (uri.Port == 0) continue;
            var address = uri.Host switch
            {
                "localhost" => IPAddress.Loopback,
                _ when IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) => ip,
                _ => null,
            };
            if (address is null) continue;
            try
            {
                var listener = new TcpListener(address, uri.Port);
                listener.Start();
                listener.Stop();
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                return (DashboardHost.PortInUseMessage(url), true);
            }
            catch (SocketException e)
            {
                return ($"無法在 {url} 監聽：{e.Message}", false);
            }
        }
        return null;
    }
}
