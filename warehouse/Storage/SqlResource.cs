using System.Reflection;

namespace PortfolioAnalytics.Warehouse.Storage;

/// <summary>Reads a .sql file embedded next to the code that runs it (logical name = path inside the project).</summary>
public static class SqlResource
{
    public static string Load(Assembly assembly, string path)
    {
        using var stream = assembly.GetManifestResourceStream(path)
            ?? throw new InvalidOperationException($"SQL resource '{path}' is not embedded in {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static string Load(string path) => Load(typeof(SqlResource).Assembly, path);

    public static IEnumerable<string> Names(Assembly assembly, string folder) =>
        assembly.GetManifestResourceNames().Where(n => n.StartsWith(folder + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
}
