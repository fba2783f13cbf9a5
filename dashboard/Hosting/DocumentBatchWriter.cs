using System.Diagnostics;
using System.Globalization;
using PortfolioAnalytics.Reports.Documents;

namespace PortfolioAnalytics.Dashboard.Hosting;

/// <summary>
/// Writes a <see cref="DocumentBatch"/> once the host is serving, so the dashboard does not wait for Chromium to
/// print a dozen documents; prints one console line per finished file.
/// </summary>
internal sealed class DocumentBatchWriter(DocumentBatch batch, Data.SchoolRegistry schools, IHostApplicationLifetime lifetime,
    ILogger<DocumentBatchWriter> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Serving first: start only after Kestrel listens, and never inside the host's own started callbacks (the first
        // document's metrics would hold up "Application started" and everything waiting for it).
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled()))
        {
            try { await started.Task; }
            catch (TaskCanceledException) { return; }
        }

        var reports = (batch.SchoolCode is { } code ? schools.For(code) : schools.Default).Reports;
        var total = batch.Files.Count;
        Console.Out.WriteLine($"文件：背景產生 {total} 份（PDF 以 Chromium 列印），完成的會陸續出現在儀表板「報表」頁……");
        var watch = Stopwatch.StartNew();
        try
        {
            foreach (var (folder, request) in batch.Parts)
            {
                stoppingToken.ThrowIfCancellationRequested();
                var plan = ReportGenerator.DocumentSet.Select(d => Path.Combine(folder, ReportGenerator.FileName(d.Kind, request.Semester, d.Format))).ToList();
                batch.Set(plan[0], DocumentState.Writing);
                var fileWatch = Stopwatch.StartNew();
                await reports.WriteAllAsync(folder, request, path =>
                {
                    batch.Set(path, DocumentState.Done, fileWatch.Elapsed);
                    var next = plan.IndexOf(path) + 1;
                    if (next < plan.Count) batch.Set(plan[next], DocumentState.Writing);
                    Console.Out.WriteLine($"文件 {batch.DoneCount}/{total}：{batch.Relative(path)}（{Seconds(fileWatch.Elapsed)}）");
                    fileWatch.Restart();
                });
            }
            Console.Out.WriteLine($"文件全部完成：{total} 份，耗時 {Seconds(watch.Elapsed)}，在 {batch.Root}");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (ReportException e)
        {
            batch.Fail(e.Message);
            Console.Out.WriteLine($"無法產生文件：{e.Message}");
        }
        catch (Exception e)
        {
            batch.Fail("產生文件時發生錯誤，已記錄於系統日誌。");
            log.LogError(e, "Writing the documents in the background failed");
        }
    }

    private static string Seconds(TimeSpan t) => $"{t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} 秒";
}
