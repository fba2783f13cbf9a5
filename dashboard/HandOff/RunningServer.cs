using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using PortfolioAnalytics.Etl.Loading;

namespace PortfolioAnalytics.Dashboard.HandOff;

/// <summary>What the running server answered to a handed-over load.</summary>
public sealed record HandOffResult(bool Succeeded, string Message, LoadResult? Result);

/// <summary>
/// DuckDB lets one process write a file. While <c>portfolio serve</c> runs it owns the warehouse and leaves a note
/// beside it (<c>&lt;warehouse&gt;.server.json</c>: process, address, a one-time token readable only by its user).
/// <c>portfolio load</c> calls <see cref="TryHandOff"/> first: the server runs the load itself and answers.
/// </summary>
public static class RunningServer
{
    public sealed record Note(int ProcessId, string Url, string Token);

    public static string NotePath(string warehousePath) => Path.GetFullPath(warehousePath) + ".server.json";

    /// <summary>
    /// Null when no server holds the warehouse (the caller loads itself). Otherwise the server's answer — or, when
    /// it runs but cannot be reached, a failure whose message tells the user what to do.
    /// </summary>
    public static HandOffResult? TryHandOff(string warehousePath, string exportDir, TimeSpan? timeout = null)
    {
        var note = Read(warehousePath);
        if (note is null) return null;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(note.Url), Timeout = timeout ?? TimeSpan.FromHours(2) };
            using var request = new HttpRequestMessage(HttpMethod.Post, HandOffEndpoint.Path)
            {
                Content = JsonContent.Create(new HandOffEndpoint.Request(Path.GetFullPath(exportDir))),
            };
            request.Headers.Add(HandOffEndpoint.TokenHeader, note.Token);
            using var response = http.Send(request);
            var body = response.Content.ReadFromJsonAsync<HandOffResult>().GetAwaiter().GetResult();
            return body ?? new HandOffResult(false, $"儀表板伺服器回應錯誤（HTTP {(int)response.StatusCode}）", null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return new HandOffResult(false,
                $"倉儲檔正由儀表板伺服器（程序 {note.ProcessId}，{note.Url}）使用中，但無法把載入交給它：{e.Message}。" +
                "請確認伺服器仍在運作後再試，或先停止伺服器再執行 portfolio load。", null);
        }
    }

    /// <summary>The note of a live server, or null; a note left by a dead process is removed.</summary>
    public static Note? Read(string warehousePath)
    {
        var path = NotePath(warehousePath);
        if (!File.Exists(path)) return null;
        Note? note;
        try { note = JsonSerializer.Deserialize<Note>(File.ReadAllText(path)); }
        catch (Exception e) when (e is JsonException or IOException) { return null; }
        if (note is null) return null;
        if (!Alive(note.ProcessId))
        {
            try { File.Delete(path); } catch (IOException) { }
            return null;
        }
        return note;
    }

    internal static void Write(string warehousePath, Note note)
    {
        var path = NotePath(warehousePath);
        File.WriteAllText(path, JsonSerializer.Serialize(note));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    internal static void Remove(string warehousePath, string token)
    {
        var path = NotePath(warehousePath);
        try
        {
            if (File.Exists(path) && JsonSerializer.Deserialize<Note>(File.ReadAllText(path))?.Token == token) File.Delete(path);
        }
        catch (Exception e) when (e is JsonException or IOException) { }
    }

    private static bool Alive(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }
}
