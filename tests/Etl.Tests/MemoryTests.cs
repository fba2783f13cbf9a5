using System.Text;
using PortfolioAnalytics.Etl.Loading;

namespace PortfolioAnalytics.Etl.Tests;

/// <summary>An export too large for the machine is refused before it is read; an out-of-memory leaves nothing behind.</summary>
public class MemoryTests
{
    [Fact]
    public void An_export_beyond_the_configured_size_is_refused_before_any_file_is_read()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        // Not even a CSV: were it read, the message would be about its bytes, not the size.
        export.Raw("artifacts", "課程學習成果.csv", Enumerable.Repeat((byte)0xFF, 5000).ToArray());
        var result = ExportLoader.Load(w.Db, TestSchool.Config, export.Write(), options: new LoadOptions { MaxExportBytes = 4096 });

        result.Status.Should().Be(LoadResult.Failed);
        result.Message.Should().StartWith("匯出檔共 6.2 KB，超過本機可載入的上限 4.0 KB（依可用記憶體估算，或由 --max-export-mb 指定）；最大的檔案：課程學習成果.csv 4.9 KB、")
            .And.EndWith("為避免記憶體不足，已拒絕載入，倉儲未變更。請改以 delta 檔分批匯出，或在記憶體較大的機器上載入");
        w.Count("SELECT count(*) FROM student").Should().Be(0);
        w.Rows("SELECT status FROM etl_load").Should().Equal("failed");
        w.Count("SELECT count(*) FROM etl_load_file").Should().Be(0);
    }

    [Fact]
    public void The_default_limit_follows_the_memory_available()
    {
        var limit = MemoryBudget.DefaultMaxExportBytes();
        limit.Should().BePositive().And.BeLessThan(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / MemoryBudget.BytesPerFileByte + 1);
    }

    [Fact]
    public void A_workbook_weighs_what_its_parts_unpack_to()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        var path = Path.Combine(export.Dir, "教職員.xlsx");
        using (var wb = new ClosedXML.Excel.XLWorkbook())
        {
            var ws = wb.AddWorksheet("教職員");
            ws.Cell(1, 1).Value = "教職員編號"; ws.Cell(1, 2).Value = "姓名"; ws.Cell(1, 3).Value = "處室";
            for (var r = 2; r < 3000; r++) { ws.Cell(r, 1).Value = $"T{r}"; ws.Cell(r, 2).Value = "陳老師"; ws.Cell(r, 3).Value = "教務處"; }
            wb.SaveAs(path);
        }
        export.Listed("staff", "教職員.xlsx");
        var packed = new FileInfo(path).Length;
        var result = ExportLoader.Load(w.Db, TestSchool.Config, export.Write(), options: new LoadOptions { MaxExportBytes = packed * 3 });
        result.Status.Should().Be(LoadResult.Failed);
        result.Message.Should().Contain("（活頁簿以解壓後計）").And.Contain("最大的檔案：教職員.xlsx");
    }

    [Fact]
    public void An_out_of_memory_in_the_middle_of_a_load_ends_with_a_message_and_nothing_changed()
    {
        using var w = new TestWarehouse();
        ExportLoader.Load(w.Db, TestSchool.Config, w.NewExport().Basic().Write(), clock: new DateTime(2023, 2, 21));
        var before = HistoryTests.Fingerprint(w);
        var next = w.NewExport().Basic();
        next.ExportedAt = "2023-02-20 07:00";
        next.Csv("staff", "教職員編號,姓名,處室", ["T01,陳老師,學務處", "T02,林老師,教務處", "T03,黃組長,教務處"]);

        var result = ExportLoader.Load(w.Db, TestSchool.Config, next.Write(), new ThrowsWhenMerging(), new DateTime(2023, 2, 21));

        result.Status.Should().Be(LoadResult.Failed);
        result.Message.Should().Be(MemoryBudget.OutOfMemoryMessage);
        HistoryTests.Fingerprint(w).Should().Equal(before);
        w.Rows("SELECT status, message FROM etl_load ORDER BY load_id").Should().Equal("succeeded|已載入", "failed|" + MemoryBudget.OutOfMemoryMessage);
    }

    /// <summary>Runs out of memory once the files are staged and the merge begins.</summary>
    private sealed class ThrowsWhenMerging : IProgress<string>
    {
        public void Report(string value)
        {
            if (value.StartsWith("檢查並合併「學生基本資料」", StringComparison.Ordinal)) throw new OutOfMemoryException();
        }
    }
}
