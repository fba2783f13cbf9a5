using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using PortfolioAnalytics.Dashboard.Data;
using PortfolioAnalytics.Dashboard.Export;
using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.Metrics;

namespace PortfolioAnalytics.Dashboard.Jobs;

/// <summary>
/// The weekly follow-up lists: each 導師 gets their own class only (the same scope as their pages), 輔導中心 the
/// whole school. Written to the outbox folder; mailed through the school's SMTP server when one is configured.
/// </summary>
public sealed class FollowUpSender(
    WarehouseGate warehouse, IMetrics metrics, ScopeResolver scopes, SemesterDefaults semesters,
    DashboardSettings settings, Clock clock, ILogger<FollowUpSender> log)
{
    private sealed record Recipient(string Key, string Name, string? Email, UserScope Scope);

    public async Task<JobOutcome> SendAsync(long runId, CancellationToken ct)
    {
        var now = clock.Now;
        var semester = semesters.Current();
        var folder = Path.Combine(settings.OutboxDirectory, now.ToString("yyyy-MM-dd_HHmm", Fmt.Culture));
        Directory.CreateDirectory(folder);

        var recipients = metrics.Tutors(semester)
            .Select(t => new Recipient($"導師-{t.StaffNo}", t.Name, t.Email, scopes.Resolve(Role.Tutor, t.StaffNo, semester, now)))
            .Append(new Recipient("輔導中心-全校", "輔導中心", string.Join(",", settings.CounselingEmails), UserScope.All(Role.Counseling)))
            .ToList();

        int written = 0, mailed = 0, failed = 0;
        foreach (var recipient in recipients)
        {
            ct.ThrowIfCancellationRequested();
            var rows = new ScopedMetrics(metrics, recipient.Scope)
                .Risk(new CompletionQuery(semester, now, Breakdown.Student))
                .Where(r => r.Level != RiskLevel.Normal)
                .OrderByDescending(r => r.Level).ThenBy(r => r.ClassCode).ThenBy(r => r.StudentNo).ToList();
            var table = FollowUpTable.Build(recipient.Key.StartsWith("導師", StringComparison.Ordinal) ? $"{recipient.Name} 班級追蹤名單" : "全校追蹤名單", rows);
            var file = Path.Combine(folder, recipient.Key + ".xlsx");
            await File.WriteAllBytesAsync(file, XlsxExport.Build(table, $"{semester.ToChinese()}，{Fmt.DateTime(now)} 產生"), ct);
            written++;

            string? error = null;
            DateTime? sentAt = null;
            var subject = $"學習歷程檔案追蹤名單（{Fmt.Date(now)}）：{recipient.Name}";
            if (settings.Smtp.Host is not null && !string.IsNullOrWhiteSpace(recipient.Email))
            {
                try
                {
                    await MailAsync(recipient.Email!, recipient.Name, subject, rows.Count, file, ct);
                    sentAt = clock.Now;
                    mailed++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed++;
                    error = e.Message;
                    log.LogError(e, "Mailing a follow-up list failed");
                }
            }
            warehouse.Execute(Sql.Load("Jobs/outbox_insert.sql"),
                ("run_id", runId), ("recipient", recipient.Key), ("email", recipient.Email), ("subject", subject),
                ("file_path", file), ("students", rows.Count), ("now", now), ("sent_at", sentAt), ("error", error));
        }
        var outcome = $"已產生 {written} 份追蹤名單於 {folder}" +
            (settings.Smtp.Host is null ? "（未設定 SMTP，未寄出）" : $"，寄出 {mailed} 封" + (failed > 0 ? $"，{failed} 封寄送失敗" : ""));
        if (failed > 0) throw new JobFailedException(outcome);
        return new JobOutcome(outcome);
    }

    private async Task MailAsync(string to, string name, string subject, int count, string file, CancellationToken ct)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.Smtp.From));
        foreach (var address in to.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            message.To.Add(new MailboxAddress(name, address));
        message.Subject = subject;
        var body = new BodyBuilder
        {
            TextBody = $"{name} 您好：\n\n附件為本週學習歷程檔案追蹤名單，共 {count} 位學生需要關心。" +
                       "\n名單含學生個人資料，請妥善保管，勿轉寄。\n\n學習歷程檔案工作小組（系統自動寄送）",
        };
        await body.Attachments.AddAsync(file, ct);
        message.Body = body.ToMessageBody();

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Smtp.Host!, settings.Smtp.Port,
            settings.Smtp.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (settings.Smtp.UserName is not null)
            await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}
