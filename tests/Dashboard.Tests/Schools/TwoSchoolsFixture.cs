using PortfolioAnalytics.Dashboard.Hosting;
using PortfolioAnalytics.Dashboard.Security;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;
using PortfolioAnalytics.Etl.Demo;
using PortfolioAnalytics.Etl.Loading;
using PortfolioAnalytics.Warehouse.Metrics;
using PortfolioAnalytics.Warehouse.Schools;
using PortfolioAnalytics.Warehouse.Storage;

namespace PortfolioAnalytics.Dashboard.Tests.Schools;

/// <summary>
/// Two shipped schools' demo exports (靜心 and 高雄高商, different sizes and seeds) loaded into one warehouse and served
/// by one dashboard over their real metrics (the warehouse's own directory of schools, from the loads): per school a principal, a counselor, a tutor, a teacher and a registry
/// account; one bureau account; one administrator.
/// </summary>
public class TwoSchoolsFixture : DashboardFixture
{
    public static readonly DateTime ExportedAt = new DemoOptions().ExportedAt;

    public sealed record School(string Name, string Key, int Students, int Seed)
    {
        public SchoolConfig Config { get; } = SchoolCatalog.Load(Name);
        public string Code => Config.Code;
        public string User(string role) => $"{role}-{Key}";
    }

    public static readonly School A = new("jingxin", "jx", 240, 111);
    public static readonly School B = new("kaohsiung-commercial", "kh", 360, 222);
    public static IReadOnlyList<School> Both => [A, B];

    public string DemoDir { get; } = Path.Combine(Path.GetTempPath(), "pa-two-schools-" + Guid.NewGuid().ToString("N"));
    public string TwoSchoolWarehouse => Path.Combine(DemoDir, "warehouse.duckdb");

    public const string BureauUser = "bureau";
    public static readonly string[] SchoolRoles = ["principal", "counsel", "tutor", "teacher", "registry"];

    protected override DashboardOptions Configure(DashboardOptions options)
    {
        Directory.CreateDirectory(DemoDir);
        var accounts = new List<SeedAccount>
        {
            new(new Account("admin", "系統管理員", Role.Admin, null, null), Password("admin")),
            new(new Account(BureauUser, "教育局承辦人", Role.Bureau, null, null), Password(BureauUser)),
        };
        using (var db = WarehouseDb.Open(TwoSchoolWarehouse))
            foreach (var school in Both)
            {
                var demo = new DemoOptions(school.Students, school.Seed, school.Name);
                var summary = DemoSchool.Write(demo, Path.Combine(DemoDir, school.Key));
                ExportLoader.Load(db, school.Config, summary.ExportDir, clock: summary.ExportedAt.AddHours(3));
                SchoolConfigStore.Save(db, school.Config); // as portfolio load does

                var metrics = new CompletionMetrics(db, school.Config);
                DemoAttestations.Write(metrics, demo);
                var people = metrics.SamplePeople();
                string Staff(Role r) => people.First(p => p.Role == r.ToString()).StaffNo;
                accounts.AddRange(
                [
                    Seed(school, "principal", Role.Principal, null),
                    Seed(school, "counsel", Role.Counseling, null),
                    Seed(school, "tutor", Role.Tutor, Staff(Role.Tutor)),
                    Seed(school, "teacher", Role.Teacher, Staff(Role.Teacher)),
                    Seed(school, "registry", Role.Registry, null),
                ]);
            }
        return options with
        {
            WarehousePath = Path.GetFullPath(TwoSchoolWarehouse),
            School = null,
            Metrics = null,
            Clock = Clock.Fixed(ExportedAt),
            Accounts = accounts,
        };
    }

    private static SeedAccount Seed(School school, string role, Role r, string? staffNo) =>
        new(new Account(school.User(role), $"{school.Config.ShortName}{r.ToChinese()}", r, staffNo, null, school.Code), Password(school.User(role)));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(DemoDir)) Directory.Delete(DemoDir, recursive: true);
    }
}
