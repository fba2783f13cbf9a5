using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using PortfolioAnalytics.Dashboard.Commands;
using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Dashboard.Tests.MeetingReady;

/// <summary>
/// The README's command examples, as written: every <c>portfolio …</c> line of its code blocks parses, and those that
/// need no server run against a small demo warehouse (placeholders such as FILE and EXPORT_DIR filled in, the first of
/// each a|b|c, optional parts kept when they hold concrete values); plus the command-line promises of a first run.
/// </summary>
[Trait("Speed", "Slow")]
public sealed partial class ReadmeExamplesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pa-readme-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PortfolioAnalytics.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("no repository root above the tests");
    }

    /// <summary>The <c>portfolio</c> arguments of every command line in the README's code blocks.</summary>
    internal static IReadOnlyList<string> Examples(string readme)
    {
        var examples = new List<string>();
        var inBlock = false;
        string? pending = null;
        foreach (var raw in readme.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                continue;
            }
            if (!inBlock) continue;
            if (pending is not null) line = pending + " " + line.Trim();
            pending = null;
            if (line.EndsWith('\\'))
            {
                pending = line[..^1].TrimEnd();
                continue;
            }
            var command = Regex.Replace(line, @"\s#\s.*$", "").Trim();
            foreach (var prefix in new[] { "dotnet run --project dashboard -- ", "portfolio " })
                if (command.StartsWith(prefix, StringComparison.Ordinal))
                    examples.Add(command[prefix.Length..]);
        }
        return examples;
    }

    /// <summary>Shell words of an example with its placeholders filled in.</summary>
    private static string[] Arguments(string example, IReadOnlyDictionary<string, string> values)
    {
        // An optional part stays when it is concrete, goes when it holds a placeholder (ID, FILE, …).
        var text = Regex.Replace(example, @"\[([^\[\]]*)\]", m =>
            Regex.IsMatch(m.Groups[1].Value, @"\b(ID|FILE|FILE\.json|FILE\.yaml|PATH|CODE|DIR|N|S)\b|…") ? "" : m.Groups[1].Value);
        var words = Regex.Matches(text, @"'([^']*)'|""([^""]*)""|(\S+)")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value)
            .ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var key = i > 0 && values.ContainsKey(words[i - 1] + " " + words[i]) ? words[i - 1] + " " + words[i] : words[i];
            if (values.TryGetValue(key, out var value)) words[i] = value;
            else if (words[i].Contains('|', StringComparison.Ordinal)) words[i] = words[i].Split('|')[0];
        }
        return words.ToArray();
    }

    [Fact]
    public void The_readme_has_the_command_examples_this_test_reads()
    {
        var examples = Examples(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")));
        examples.Select(e => e.Split(' ')[0]).Distinct().Should().Contain(["demo", "load", "schedule", "completion", "report", "serve"]);
        examples.Should().Contain(e => e.StartsWith("serve --hash-password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_readme_example_parses_and_those_needing_no_server_run()
    {
        var request = new DemoRequest(Students: 120, Seed: 7, DataDir: _dir, NoServe: true);
        var summary = DemoCommand.Generate(request, TextWriter.Null);
        DemoCommand.Load(request, SchoolCatalog.Load("jingxin"), summary, TextWriter.Null);
        var values = new Dictionary<string, string>
        {
            ["--warehouse FILE"] = Path.GetFullPath(request.WarehousePath),
            ["--out FILE"] = Path.Combine(_dir, "out.pdf"),
            ["EXPORT_DIR"] = summary.ExportDir,
            ["--data ./demo-data"] = Path.Combine(_dir, "demo"),
            ["--out DIR"] = Path.Combine(_dir, "lake"),
            ["--lake DIR"] = Path.Combine(_dir, "lake"),
        };
        var examples = Examples(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")));
        examples.Should().NotBeEmpty();
        foreach (var example in examples)
        {
            var args = Arguments(example, values);
            var parse = PortfolioCli.Root().Parse(args);
            parse.Errors.Select(e => e.Message).Should().BeEmpty("the README's `portfolio {0}` parses (as {1})", example, string.Join(' ', args));
            var serves = args[0] == "demo" || args[0] == "serve" && !args.Contains("--hash-password");
            // A pull needs the school's own database (its file's source_database): the PostgreSQL tests run those.
            var pulls = args.Contains("--source") && args.Contains("postgres");
            if (serves || pulls) continue;
            var output = new StringWriter();
            var status = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
            // A load of the demo's export reports its planted rejects (exit 1: loaded, but rows were rejected).
            var ok = args[0] == "load" ? new[] { 0, 1 } : [0];
            ok.Should().Contain(status, "the README's `portfolio {0}` runs (as {1}); it said: {2}", example, string.Join(' ', args), output);
        }
    }

    [Fact]
    public async Task Serve_hash_password_needs_no_warehouse()
    {
        var output = new StringWriter();
        var status = await PortfolioCli.Root().Parse(["serve", "--hash-password", "a long password"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
        status.Should().Be(0, output.ToString());
        output.ToString().Trim().Should().MatchRegex("^[A-Za-z0-9+/=]{40,}$", "it prints the hash alone");

        var error = new StringWriter();
        (await PortfolioCli.Root().Parse(["serve"]).InvokeAsync(new InvocationConfiguration { Output = error, Error = error }))
            .Should().Be(2, "serving needs a warehouse");
        error.ToString().Should().Contain("--warehouse");
    }

    [Fact]
    public void Demo_takes_urls_and_says_when_the_port_is_taken()
    {
        DemoCommand.Create().Parse(["--urls", "http://127.0.0.1:5999"]).GetValue<string>("--urls").Should().Be("http://127.0.0.1:5999");
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var output = new StringWriter();
        var status = DemoCommand.Run(new DemoRequest(Students: 120, DataDir: _dir, Urls: $"http://127.0.0.1:{port}"), output);
        status.Should().Be(DashboardHost.PortInUseExitCode);
        output.ToString().Should().Contain($"http://127.0.0.1:{port} 的連接埠已被其他程式使用").And.Contain("--urls");
        Directory.Exists(Path.Combine(_dir, "exports")).Should().BeFalse("it says so before generating anything");

        var bad = new StringWriter();
        DemoCommand.Run(new DemoRequest(Students: 120, DataDir: _dir, Urls: "127.0.0.1 port 80"), bad).Should().Be(2);
        bad.ToString().Should().Contain("無法辨識");
    }

    [Fact]
    public async Task Serve_says_when_the_port_is_taken()
    {
        var request = new DemoRequest(Students: 120, Seed: 7, DataDir: _dir, NoServe: true);
        var summary = DemoCommand.Generate(request, TextWriter.Null);
        DemoCommand.Load(request, SchoolCatalog.Load("jingxin"), summary, TextWriter.Null);
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var status = await DashboardHost.RunAsync(new DashboardOptions
        {
            WarehousePath = request.WarehousePath, Urls = $"http://127.0.0.1:{port}", School = "jingxin", Scheduler = false,
            DataDirectory = _dir,
        });
        status.Should().Be(DashboardHost.PortInUseExitCode);
    }
}
