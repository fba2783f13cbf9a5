namespace PortfolioAnalytics.Warehouse.Schools;

/// <summary>
/// Finds a school's configuration: a shipped name (<c>jingxin</c>, <c>kaohsiung-commercial</c>, embedded in this
/// assembly) or a path to a school's own YAML file. Every load validates the file
/// (<see cref="SchoolConfigException"/> lists each problem with file:line:column).
/// </summary>
public static class SchoolCatalog
{
    public static IReadOnlyList<string> ShippedNames { get; } = ["jingxin", "kaohsiung-commercial"];

    public static SchoolConfig Load(string nameOrPath)
    {
        if (ShippedNames.Contains(nameOrPath))
            return SchoolConfigReader.Read(ShippedText(nameOrPath), nameOrPath + ".yaml");
        if (File.Exists(nameOrPath))
            return SchoolConfigReader.Read(File.ReadAllText(nameOrPath), Path.GetFileName(nameOrPath));
        throw new FileNotFoundException(
            $"找不到學校設定「{nameOrPath}」：請給內建名稱（{string.Join("、", ShippedNames)}）或學校設定檔（.yaml）的路徑", nameOrPath);
    }

    /// <summary>The YAML text of a shipped school file (to copy as a starting point for another school).</summary>
    public static string ShippedText(string name)
    {
        using var stream = typeof(SchoolCatalog).Assembly.GetManifestResourceStream($"Schools/{name}.yaml")
            ?? throw new FileNotFoundException($"內建學校設定「{name}」不存在", name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
