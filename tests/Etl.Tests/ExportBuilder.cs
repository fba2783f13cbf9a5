using System.Text;
using System.Text.Json;
using PortfolioAnalytics.Etl.Sources;
using PortfolioAnalytics.Warehouse.People;

namespace PortfolioAnalytics.Etl.Tests;

/// <summary>Writes a small export folder (manifest + files) for a test.</summary>
internal sealed class ExportBuilder
{
    private readonly List<object> _files = [];
    public string Dir { get; }
    public string SchoolCode { get; set; } = TestSchool.Code;
    public string ExportedAt { get; set; } = "2023-02-20 06:00";

    public ExportBuilder(string dir)
    {
        Dir = dir;
        Directory.CreateDirectory(dir);
    }

    public static string Id(int n)
    {
        var first = "A1" + n.ToString("0000000", System.Globalization.CultureInfo.InvariantCulture);
        return first + NationalId.CheckDigit(first);
    }

    public ExportBuilder Csv(string kind, string header, IEnumerable<string> lines, bool full = true, Encoding? encoding = null, string? file = null)
    {
        file ??= KindCatalog.Get(kind).DefaultFile;
        encoding ??= new UTF8Encoding(false);
        File.WriteAllText(Path.Combine(Dir, file), header + "\n" + string.Join("\n", lines) + "\n", encoding);
        return Listed(kind, file, full);
    }

    public ExportBuilder Raw(string kind, string file, byte[] bytes, bool full = true)
    {
        File.WriteAllBytes(Path.Combine(Dir, file), bytes);
        return Listed(kind, file, full);
    }

    /// <param name="size">The manifest's <c>size</c> for the file, written as given (a number, or anything else).</param>
    public ExportBuilder Listed(string kind, string file, bool full = true, string? sheet = null, object? size = null)
    {
        _files.RemoveAll(f => (string)((Dictionary<string, object>)f)["kind"] == kind);
        var entry = new Dictionary<string, object> { ["kind"] = kind, ["file"] = file, ["mode"] = full ? "full" : "delta" };
        if (sheet is not null) entry["sheet"] = sheet;
        if (size is not null) entry["size"] = size;
        _files.Add(entry);
        return this;
    }

    public string Write()
    {
        File.WriteAllText(Path.Combine(Dir, "manifest.json"), JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["school_code"] = SchoolCode, ["exported_at"] = ExportedAt, ["files"] = _files,
        }));
        return Dir;
    }

    /// <summary>A small consistent school: 3 staff, 2 classes, 4 students, 2 courses, artifacts and certifications.</summary>
    public ExportBuilder Basic()
    {
        Csv("staff", "教職員編號,姓名,處室,組別,職稱,課程諮詢教師,電子郵件",
        [
            "T01,陳老師,教務處,,教師,否,t01@s.tw",
            "T02,林老師,教務處,,教師,是,t02@s.tw",
            "T03,黃組長,教務處,註冊組,組長,否,t03@s.tw",
        ]);
        Csv("classes", "學年度,學期,班級代碼,年級,部別,班級名稱,導師編號",
            ["111,1,101,10,日間部,高一忠,T01", "111,1,105,10,日間部,高一孝,T02"]);
        Csv("students", "學號,身分證號,姓名,部別,性別,入學年度,學籍狀態",
        [
            $"110001,{Id(1)},王小明,日間部,男,111,在學",
            $"110002,{Id(2)},李小華,日間部,女,111,在學",
            $"110003,{Id(3)},張小英,日間部,女,111,轉出",
            $"110004,{Id(4)},劉小強,日間部,男,111,在學",
        ]);
        Csv("status_changes", "學號,異動日期,異動類別,原班級,新班級,說明",
            ["110004,111.11.02,轉入,,105,自他校轉入", "110003,111/12/01,轉出,101,,轉學"]);
        Csv("class_assignments", "學年度,學期,學號,班級代碼,座號",
            ["111,1,110001,101,1", "111,1,110002,101,2", "111,1,110003,101,3", "111,1,110004,105,30"]);
        Csv("courses", "學年度,學期,開課序號,課程代碼,科目名稱,修課學分,開課年級,授課教師編號,班級代碼,群組名稱",
        [
            "111,1,111-1-0001,111413301H10101A1010101,國語文,4,10,T01,101,",
            "111,1,111-1-0002,111413301H10101A1010102,數學,4,10,T02,105,",
        ]);
        Csv("artifacts", "成果編號,學號,學年度,學期,開課序號,上傳時間,檔案類型,檔案大小KB,簡述",
        [
            "A001,110001,111,1,111-1-0001,112/01/15 21:40,pdf,812,期末報告",
            "A002,110002,111,1,111-1-0001,1120116 08:00,pdf,100,心得",
            "A003,110004,111,1,111-1-0002,2023-01-20 10:05,jpg,300,",
        ]);
        Csv("certifications", "成果編號,認證時間,認證結果,未通過原因,認證教師編號",
            ["A001,112.02.05 10:12,通過,,T01", "A003,112.02.06 09:00,未通過,非本課程成果,T02"]);
        return this;
    }
}

internal static class TestSchool
{
    public const string Code = "413301";

    public static PortfolioAnalytics.Warehouse.Schools.SchoolConfig Config { get; } =
        new() { Code = Code, Name = "臺北市私立靜心高級中學" };
}
