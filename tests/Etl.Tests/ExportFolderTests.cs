using System.Text;
using PortfolioAnalytics.Etl.Loading;

namespace PortfolioAnalytics.Etl.Tests;

/// <summary>An export folder is a closed world and its manifest is taken literally: anything else refuses the load, unchanged.</summary>
public class ExportFolderTests
{
    private static LoadResult Load(TestWarehouse w, string dir) =>
        ExportLoader.Load(w.Db, TestSchool.Config, dir, clock: new DateTime(2023, 2, 21));

    /// <summary>A first load, then an export whose manifest points somewhere it should not: refused, nothing changed.</summary>
    private static (LoadResult Result, List<string> Before, List<string> After) Refused(Action<TestWarehouse, ExportBuilder> spoil)
    {
        using var w = new TestWarehouse();
        Load(w, w.NewExport().Basic().Write());
        var before = HistoryTests.Fingerprint(w);
        var next = w.NewExport().Basic();
        next.ExportedAt = "2023-02-20 07:00";
        spoil(w, next);
        var result = Load(w, next.Write());
        return (result, before, HistoryTests.Fingerprint(w));
    }

    private static void Outside(TestWarehouse w, ExportBuilder export, string file)
    {
        var other = w.Root.CreateSubdirectory("other").FullName;
        File.WriteAllText(Path.Combine(other, "課程學習成果.csv"),
            "成果編號,學號,學年度,學期,開課序號,上傳時間,檔案類型,檔案大小KB\nX999,110001,111,1,111-1-0001,112/01/15 21:40,pdf,1\n");
        export.Listed("artifacts", file.Replace("OTHER", other, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../other/課程學習成果.csv")]
    [InlineData("OTHER/課程學習成果.csv")]
    public void A_manifest_naming_a_file_outside_the_folder_refuses_the_load_and_changes_nothing(string file)
    {
        var (result, before, after) = Refused((w, export) => Outside(w, export, file));
        result.Status.Should().Be(LoadResult.Failed);
        result.Message.Should().Contain("manifest.json 第 8 個檔案").And.Contain("課程學習成果.csv")
            .And.Contain("不是匯出資料夾內的檔名").And.EndWith("匯出資料夾必須自成一體，已拒絕載入，倉儲未變更");
        after.Should().Equal(before);
    }

    [Fact]
    public void A_symbolic_link_leading_out_of_the_folder_refuses_the_load_and_changes_nothing()
    {
        var (result, before, after) = Refused((w, export) =>
        {
            Outside(w, export, "課程學習成果.csv");
            File.Delete(Path.Combine(export.Dir, "課程學習成果.csv"));
            File.CreateSymbolicLink(Path.Combine(export.Dir, "課程學習成果.csv"), Path.Combine(w.Root.FullName, "other", "課程學習成果.csv"));
        });
        result.Status.Should().Be(LoadResult.Failed);
        result.Message.Should().Be("manifest.json 第 8 個檔案「課程學習成果.csv」是指向匯出資料夾以外的符號連結；匯出資料夾必須自成一體，已拒絕載入，倉儲未變更");
        after.Should().Equal(before);
    }

    [Fact]
    public void A_symbolic_link_inside_the_folder_is_followed()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        File.Move(Path.Combine(export.Dir, "教職員.csv"), Path.Combine(export.Dir, "staff-2023.csv"));
        File.CreateSymbolicLink(Path.Combine(export.Dir, "教職員.csv"), "staff-2023.csv");
        Load(w, export.Write()).Kinds.Single(k => k.Kind == "staff").Status.Should().Be("loaded");
    }

    [Fact]
    public void A_bom_inside_a_file_name_in_the_manifest_refuses_the_load()
    {
        var (result, before, after) = Refused((_, export) => export.Listed("staff", "\uFEFF教職員.csv"));
        result.Status.Should().Be(LoadResult.Failed);
        result.Message.Should().StartWith("manifest.json 第 8 個檔案「<U+FEFF>教職員.csv」檔名含有看不見的字元 U+FEFF");
        after.Should().Equal(before);
    }

    public static TheoryData<object> BadSizes => new() { -5L, 99999999999999999999999m, 12.5m, "abc" };

    [Theory]
    [MemberData(nameof(BadSizes))]
    public void A_negative_or_overflowing_size_in_the_manifest_refuses_the_load(object size)
    {
        var (result, before, after) = Refused((_, export) => export.Listed("staff", "教職員.csv", size: size));
        result.Status.Should().Be(LoadResult.Failed);
        result.Message.Should().StartWith("manifest.json 第 8 個檔案「教職員.csv」的 size 應為 0 以上的整數（位元組），收到「");
        after.Should().Equal(before);
    }

    [Fact]
    public void A_file_whose_size_differs_from_the_manifest_stops_alone()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        var staff = new FileInfo(Path.Combine(export.Dir, "教職員.csv")).Length;
        export.Listed("staff", "教職員.csv", size: staff + 100);
        export.Listed("classes", "班級.csv", size: new FileInfo(Path.Combine(export.Dir, "班級.csv")).Length);
        var result = Load(w, export.Write());
        result.Kinds.Single(k => k.Kind == "staff").Message.Should()
            .Be($"教職員.csv：檔案大小 {staff} 位元組與 manifest.json 記載的 {staff + 100} 位元組不符，檔案可能不完整或已被更動，請重新匯出");
        result.Kinds.Single(k => k.Kind == "classes").Status.Should().Be("loaded");
        w.Count("SELECT count(*) FROM staff").Should().Be(0);
    }

    [Fact]
    public void Year_0000_as_the_export_moment_refuses_the_load_in_words()
    {
        var (result, before, after) = Refused((_, export) => export.ExportedAt = "0000-01-01 06:00");
        result.Status.Should().Be(LoadResult.Failed);
        result.Message.Should().Be("manifest.json 的 exported_at：日期「0000-01-01 06:00」不是有效的日期（年份不存在）");
        after.Should().Equal(before);
    }
}
