namespace PortfolioAnalytics.Etl.Demo;

/// <summary>A subject a whole class takes, the teaching domain (教學研究會) that staffs it, and its credits.</summary>
internal sealed record Subject(string Name, string Domain, int Credits, string Kind);

/// <summary>A simplified 108 課綱 timetable per grade, plus the cross-class 多元選修 / 加深加廣選修 topics.</summary>
internal static class Curriculum
{
    private static readonly Subject[] Grade10 =
    [
        new("國語文", "國文科", 4, "1"), new("英語文", "英文科", 4, "1"), new("數學", "數學科", 4, "1"),
        new("歷史", "社會科", 2, "1"), new("地理", "社會科", 2, "1"), new("公民與社會", "社會科", 2, "1"),
        new("物理", "自然科", 2, "1"), new("生物", "自然科", 2, "1"), new("體育", "藝能科", 2, "1"),
        new("音樂", "藝能科", 1, "1"), new("資訊科技", "科技科", 2, "1"),
    ];

    private static readonly Subject[] Grade11 =
    [
        new("國語文", "國文科", 4, "1"), new("英語文", "英文科", 4, "1"), new("數學", "數學科", 4, "1"),
        new("歷史", "社會科", 2, "1"), new("化學", "自然科", 2, "1"), new("地球科學", "自然科", 2, "1"),
        new("體育", "藝能科", 2, "1"), new("美術", "藝能科", 1, "1"), new("生活科技", "科技科", 2, "1"),
        new("健康與護理", "綜合科", 1, "1"),
    ];

    private static readonly Subject[] Grade12 =
    [
        new("國語文", "國文科", 4, "1"), new("英語文", "英文科", 4, "1"), new("數學甲", "數學科", 4, "3"),
        new("選修物理", "自然科", 3, "3"), new("選修化學", "自然科", 2, "3"), new("體育", "藝能科", 2, "1"),
        new("全民國防教育", "綜合科", 1, "1"), new("生涯規劃", "綜合科", 1, "1"),
    ];

    private static readonly Subject[] Electives =
    [
        new("多元選修：程式設計入門", "科技科", 2, "2"), new("多元選修：英文簡報", "英文科", 2, "2"),
        new("多元選修：科學實驗探究", "自然科", 2, "2"), new("多元選修：臺灣文學選讀", "國文科", 2, "2"),
        new("多元選修：數學建模", "數學科", 2, "2"), new("多元選修：社區踏查", "社會科", 2, "2"),
        new("加深加廣：進階英文寫作", "英文科", 2, "3"), new("加深加廣：探究與實作", "自然科", 2, "3"),
        new("加深加廣：數學乙", "數學科", 2, "3"), new("加深加廣：現代文學", "國文科", 2, "3"),
        new("加深加廣：法律與生活", "社會科", 2, "3"), new("加深加廣：設計思考", "藝能科", 2, "3"),
    ];

    public static IReadOnlyList<Subject> ForGrade(int grade) => grade switch
    {
        10 => Grade10,
        11 => Grade11,
        _ => Grade12,
    };

    /// <summary>The topic of cross-class group <paramref name="group"/> (0-based) in a grade.</summary>
    public static Subject Elective(int grade, int group) =>
        grade == 10 ? Electives[group % 6] : Electives[6 + group % 6];

    public static IEnumerable<string> Domains =>
        Grade10.Concat(Grade11).Concat(Grade12).Concat(Electives).Select(s => s.Domain).Distinct();

    /// <summary>What students write in 簡述, by subject.</summary>
    public static string Description(string subject, Random random)
    {
        string[] general = ["期末專題報告", "學習單整理", "課堂報告簡報", "分組合作成果", "學習心得與反思"];
        string[] specific = subject switch
        {
            "國語文" or "多元選修：臺灣文學選讀" or "加深加廣：現代文學" => ["閱讀心得：《傲慢與偏見》", "現代詩創作", "議論文寫作練習", "古文賞析報告"],
            "英語文" or "多元選修：英文簡報" or "加深加廣：進階英文寫作" => ["英文簡報：我的家鄉", "英文讀書報告", "英語演講稿", "英文短篇故事創作"],
            "數學" or "數學甲" or "多元選修：數學建模" or "加深加廣：數學乙" => ["數學建模報告：交通流量", "統計調查專題", "函數圖形探究", "機率實驗紀錄"],
            "物理" or "選修物理" => ["實驗報告：自由落體", "實驗報告：單擺週期", "電路實驗紀錄"],
            "化學" or "選修化學" => ["實驗報告：酸鹼滴定", "化學反應速率探究"],
            "生物" => ["顯微鏡觀察紀錄", "校園植物調查"],
            "地球科學" => ["天氣圖判讀報告", "校園地質觀察"],
            "歷史" or "地理" or "公民與社會" or "多元選修：社區踏查" or "加深加廣：法律與生活" => ["社區踏查報告", "議題探究：能源政策", "歷史人物研究", "地圖判讀作業"],
            "資訊科技" or "多元選修：程式設計入門" or "生活科技" => ["Python 程式作品", "網頁設計作品", "木作作品與設計圖", "機器人專題"],
            "音樂" or "美術" or "加深加廣：設計思考" => ["音樂欣賞心得", "水彩創作", "設計思考提案"],
            "體育" or "健康與護理" or "全民國防教育" => ["體適能自主訓練紀錄", "健康促進計畫", "運動賽事觀察報告"],
            _ => ["生涯探索學習單", "科學探究實作成果"],
        };
        return random.Next(3) == 0 ? general[random.Next(general.Length)] : specific[random.Next(specific.Length)];
    }
}
