using System.Security.Cryptography;
using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Dashboard.Jobs;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.HandOff;

/// <summary>The server side of <see cref="RunningServer"/>: a loopback-only endpoint guarded by the note's token.</summary>
internal static class HandOffEndpoint
{
    public const string Path = "/internal/load";
    public const string TokenHeader = "X-Portfolio-Token";

    public sealed record Request(string ExportDir);

    public static void Map(WebApplication app)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var warehouse = app.Services.GetRequiredService<WarehouseDb>().Path;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var url = DashboardHost.Addresses(app).FirstOrDefault();
            if (url is not null) RunningServer.Write(warehouse, new RunningServer.Note(Environment.ProcessId, url.Replace("0.0.0.0", "127.0.0.1"), token));
        });
        app.Lifetime.ApplicationStopping.Register(() => RunningServer.Remove(warehouse, token));

        app.MapPost(Path, async (HttpContext http, Request request, EtlRunner runner, JobRunLog runs, ILoggerFactory logs, CancellationToken ct) =>
        {
            if (!CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.ASCII.GetBytes(http.Request.Headers[TokenHeader].ToString()), System.Text.Encoding.ASCII.GetBytes(token))
                || http.Connection.RemoteIpAddress is not { } ip || !System.Net.IPAddress.IsLoopback(ip))
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            var runId = runs.Start("etl:hand-off", "hand-off", 1);
            try
            {
                var (result, outcome) = await runner.LoadAsync(request.ExportDir, ct);
                runs.Finish(runId, "succeeded", outcome.Message, outcome.LoadId);
                return Results.Json(new HandOffResult(true, outcome.Message, result));
            }
            catch (Exception e)
            {
                logs.CreateLogger("HandOff").LogError(e, "Handed-over load failed");
                var message = e is JobFailedException ? e.Message : $"載入時發生錯誤：{e.Message}";
                runs.Finish(runId, "failed", message);
                return Results.Json(new HandOffResult(false, message, null));
            }
        }).AllowAnonymous().DisableAntiforgery();
    }
}
