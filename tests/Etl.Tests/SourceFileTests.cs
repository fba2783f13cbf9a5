using System.Text;
using ClosedXML.Excel;
using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Etl.Sources;

namespace PortfolioAnalytics.Etl.Tests;

public class SourceFileTests
{
    private static LoadResult Load(TestWarehouse w, ExportBuilder export) =>
        ExportLoader.Load(w.Db, TestSchool.Config, export.Write(), clock: new DateTime(2023, 2, 21));

    private static Encoding Big5
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(950);
        }
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("big5")]
    public void Csv_in_each_encoding_loads_with_its_chinese_intact(string encoding)
    {
        using var w = new TestWarehouse();
        var enc = encoding switch { "utf-8" => new UTF8Encoding(false), "utf-8-bom" => new UTF8Encoding(true), _ => Big5 };
        var export = w.NewExport().Basic();
        export.Csv("students", "學號,身分證號,姓名,部別,學籍狀態,通訊地址",
            [$"110001,{ExportBuilder.Id(1)},王小明,日間部,在學,臺北市文山區興隆路"], encoding: enc);
        var result = Load(w, export);

        result.Kinds.Single(k => k.Kind == "students").Encoding.Should().Be(encoding);
        w.Rows("SELECT name, division, address FROM student").Should().Equal("王小明|日間部|臺北市文山區興隆路");
        w.Rows("SELECT encoding FROM etl_load_file WHERE kind = 'students'").Should().Equal(encoding);
    }

    [Fact]
    public void A_file_that_switches_encoding_stops_naming_the_line_and_the_rest_loads()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        var utf8 = Encoding.UTF8.GetBytes("教職員編號,姓名,處室\n" + string.Concat(Enumerable.Range(1, 5000).Select(i => $"T{i:0000},陳老師,教務處\n")));
        var big5 = Big5.GetBytes("T9999,陳老師,教務處\n");
        export.Raw("staff", "教職員.csv", [.. utf8, .. big5]);
        var result = Load(w, export);

        var staff = result.Kinds.Single(k => k.Kind == "staff");
        staff.Status.Should().Be("stopped");
        staff.Message.Should().Be("教職員.csv 第 5,002 行：有無法以 utf-8 解讀的位元組（檔案可能混用編碼或已損毀），請另存為單一編碼後重新匯出");
        result.Status.Should().Be(LoadResult.RejectedRows);
        w.Count("SELECT count(*) FROM staff").Should().Be(0);
        w.Count("SELECT count(*) FROM student").Should().Be(4);
        w.Rows("SELECT status FROM etl_load").Should().Equal("partial");
    }

    [Fact]
    public void A_truncated_csv_stops_naming_line_and_column()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Raw("classes", "班級.csv", Encoding.UTF8.GetBytes("學年度,學期,班級代碼,年級,部別\n111,1,101,10,日間部\n111,1,10"));
        var result = Load(w, export);
        result.Kinds.Single(k => k.Kind == "classes").Message.Should()
            .Be("班級.csv 第 3 行「班級代碼」欄：最後一列只有 3 個欄位（標題列有 5 個），檔案在此中斷，可能匯出或傳輸未完成");
        w.Count("SELECT count(*) FROM school_class").Should().Be(0);
    }

    [Fact]
    public void An_unclosed_quote_at_the_end_is_a_truncated_file()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Raw("staff", "教職員.csv", Encoding.UTF8.GetBytes("教職員編號,姓名,處室\nT01,\"陳老師,教務"));
        Load(w, export).Kinds.Single(k => k.Kind == "staff").Message.Should().StartWith("教職員.csv 第 2 行：引號（\"）沒有結束就到了檔案結尾");
    }

    [Fact]
    public void A_file_without_a_header_row_stops()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Raw("staff", "教職員.csv", Encoding.UTF8.GetBytes("T01,陳老師,教務處\nT02,林老師,教務處\n"));
        Load(w, export).Kinds.Single(k => k.Kind == "staff").Message.Should()
            .StartWith("教職員.csv 第 1 行：第 1 行不是標題列：找不到任何「教職員」的欄位名稱（例如「教職員編號」）");
    }

    [Fact]
    public void A_missing_required_column_stops_the_file_naming_it()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("classes", "學年度,學期,班級代碼,部別", ["111,1,101,日間部"]);
        var result = Load(w, export);
        result.Kinds.Single(k => k.Kind == "classes").Message.Should()
            .StartWith("班級.csv 第 1 行「年級」欄：缺少必要欄位「年級」（標題列有：學年度、學期、班級代碼、部別）");
        result.StoppedFiles.Should().ContainSingle();
    }

    [Fact]
    public void A_school_can_map_its_vendors_header_names()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("staff", "人員代號,姓名,服務處室", ["T01,陳老師,教務處", "T02,林老師,教務處", "T03,黃組長,教務處"]);
        var school = TestSchool.Config with
        {
            ColumnAliases = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>
            {
                ["staff"] = new Dictionary<string, IReadOnlyList<string>> { ["教職員編號"] = ["人員代號"], ["處室"] = ["服務處室"] },
            },
        };
        var result = ExportLoader.Load(w.Db, school, export.Write(), clock: new DateTime(2023, 2, 21));
        result.Status.Should().Be(LoadResult.Succeeded);
        w.Count("SELECT count(*) FROM staff").Should().Be(3);
    }

    [Fact]
    public void Xlsx_one_workbook_per_kind_and_one_sheet_per_kind_with_real_excel_dates()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        using (var wb = new XLWorkbook())
        {
            var ws = wb.AddWorksheet("教職員");
            ws.Cell(1, 1).Value = "教職員編號"; ws.Cell(1, 2).Value = "姓名"; ws.Cell(1, 3).Value = "處室";
            string[][] staff = [["T01", "陳老師", "教務處"], ["T02", "林老師", "教務處"], ["T03", "黃組長", "教務處"]];
            for (var r = 0; r < staff.Length; r++)
                for (var c = 0; c < 3; c++) ws.Cell(r + 2, c + 1).Value = staff[r][c];
            wb.SaveAs(Path.Combine(export.Dir, "教職員.xlsx"));
        }
        using (var wb = new XLWorkbook())
        {
            wb.AddWorksheet("說明").Cell(1, 1).Value = "本活頁簿由校務系統匯出";
            var ws = wb.AddWorksheet("課程學習成果");
            string[] header = ["成果編號", "學號", "學年度", "學期", "開課序號", "上傳時間", "檔案類型", "檔案大小KB"];
            for (var c = 0; c < header.Length; c++) ws.Cell(1, c + 1).Value = header[c];
            ws.Cell(2, 1).Value = "A001"; ws.Cell(2, 2).Value = 110001; ws.Cell(2, 3).Value = 111; ws.Cell(2, 4).Value = 1;
            ws.Cell(2, 5).Value = "111-1-0001"; ws.Cell(2, 6).Value = new DateTime(2023, 1, 15, 21, 40, 0);
            ws.Cell(2, 7).Value = "pdf"; ws.Cell(2, 8).Value = 812;
            ws.Cell(3, 1).Value = "A002"; ws.Cell(3, 2).Value = "110002"; ws.Cell(3, 3).Value = "111"; ws.Cell(3, 4).Value = "1";
            ws.Cell(3, 5).Value = "111-1-0001"; ws.Cell(3, 6).Value = "112/01/16 08:00"; ws.Cell(3, 7).Value = "PDF"; ws.Cell(3, 8).Value = "100";
            wb.SaveAs(Path.Combine(export.Dir, "匯出.xlsx"));
        }
        export.Csv("certifications", "成果編號,認證時間,認證結果,認證教師編號", ["A001,112.02.05 10:12,通過,T01"]);
        export.Listed("staff", "教職員.xlsx");
        export.Listed("artifacts", "匯出.xlsx", sheet: "課程學習成果");
        File.Delete(Path.Combine(export.Dir, "教職員.csv"));
        File.Delete(Path.Combine(export.Dir, "課程學習成果.csv"));
        var result = Load(w, export);

        result.RejectsByReason.Should().BeEmpty(string.Join("; ", w.Rows("SELECT reason FROM etl_reject")));
        result.Kinds.Single(k => k.Kind == "artifacts").Encoding.Should().Be("xlsx");
        w.Rows("SELECT artifact_id, student_no, uploaded_at, file_type FROM course_artifact ORDER BY 1")
            .Should().Equal("A001|110001|2023-01-15 21:40|pdf", "A002|110002|2023-01-16 08:00|pdf");
        w.Count("SELECT count(*) FROM staff").Should().Be(3);
        w.Rows("SELECT file_name FROM etl_load_file WHERE kind = 'artifacts'").Should().Equal("匯出.xlsx［課程學習成果］");
    }

    [Fact]
    public void An_xlsx_that_is_really_html_stops_only_that_file()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Raw("staff", "教職員.xlsx", Encoding.UTF8.GetBytes("<html><body><table><tr><td>教職員編號</td></tr></table></body></html>"));
        File.Delete(Path.Combine(export.Dir, "教職員.csv"));
        var result = Load(w, export);
        result.Kinds.Single(k => k.Kind == "staff").Message.Should().StartWith("教職員.xlsx：副檔名是 .xlsx，內容卻是 HTML 網頁");
        w.Count("SELECT count(*) FROM student").Should().Be(4);
    }

    [Fact]
    public void A_truncated_xlsx_stops_only_that_file()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        var path = Path.Combine(export.Dir, "教職員.xlsx");
        using (var wb = new XLWorkbook()) { wb.AddWorksheet("x").Cell(1, 1).Value = "教職員編號"; wb.SaveAs(path); }
        var bytes = File.ReadAllBytes(path);
        export.Raw("staff", "教職員.xlsx", bytes[..(bytes.Length / 2)]);
        Load(w, export).Kinds.Single(k => k.Kind == "staff").Message.Should().StartWith("教職員.xlsx：Excel 活頁簿無法開啟，檔案可能不完整或已損毀");
    }

    [Fact]
    public void Files_the_manifest_does_not_list_are_noted_and_ignored()
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        File.WriteAllText(Path.Combine(export.Dir, "備註.txt"), "x");
        Load(w, export);
        w.Rows("SELECT file_name, status, message FROM etl_load_file WHERE kind IS NULL").Should().Equal("備註.txt|skipped|manifest.json 未列出此檔，未載入");
    }

    [Fact]
    public void Csv_fields_may_be_quoted_with_commas_quotes_and_line_breaks()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("pa-csv-").FullName, "x.csv");
        File.WriteAllText(path, "a,b,c\r\n1,\"x, \"\"y\"\"\",\"line1\nline2\"\r\n\r\n2,,z\r\n");
        using var reader = CsvTableReader.Open(path, "x.csv");
        var rows = reader.Rows().ToList();
        rows.Select(r => string.Join("|", r.Fields)).Should().Equal("1|x, \"y\"|line1\nline2", "2||z");
        rows.Select(r => r.Line).Should().Equal(2, 5);
    }

    [Theory]
    [InlineData("教職員編號,姓名,處室,姓名", "第 2 欄「姓名」與第 4 欄「姓名」都是「姓名」", "姓名")]
    [InlineData("教職員編號,姓名,處室,教師姓名", "第 2 欄「姓名」與第 4 欄「教師姓名」都是「姓名」", "教師姓名")]
    public void A_column_headed_twice_stops_the_file_naming_both(string header, string problem, string column)
    {
        using var w = new TestWarehouse();
        var export = w.NewExport().Basic();
        export.Csv("staff", header, ["T01,陳老師,教務處,林老師"]);
        var result = Load(w, export);
        result.Kinds.Single(k => k.Kind == "staff").Message.Should()
            .Be($"教職員.csv 第 1 行「{column}」欄：{problem}，無法判斷該用哪一欄；請刪除重複的一欄後重新匯出");
        w.Count("SELECT count(*) FROM staff").Should().Be(0);
    }
}
