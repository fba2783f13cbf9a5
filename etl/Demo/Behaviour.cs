namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// When people act against a deadline. Most students bunch up in the last days before the first deadline; eager ones
/// are early; procrastinators are often late; some never act. Teachers certify at their own speed.
/// </summary>
internal static class Behaviour
{
    /// <summary>When a student acts in <paramref name="window"/>, or null for never.</summary>
    public static DateTime? StudentActs(Random random, Window window, Pace pace, bool allowLate = true)
    {
        var never = pace switch { Pace.Eager => 0.005, Pace.Normal => 0.03, Pace.Procrastinator => 0.10, _ => 0.45 };
        if (random.Chance(never)) return null;
        var span = Math.Max(0.5, (window.FirstEnd - window.Start).TotalDays);
        var onTime = true;
        DateTime day;
        switch (pace)
        {
            case Pace.Eager:
                day = window.Start.AddDays(span * (0.05 + 0.6 * random.NextDouble()));
                break;
            case Pace.Normal when random.Chance(0.06):
            case Pace.Procrastinator when random.Chance(0.45):
                onTime = false;
                day = window.FirstEnd.AddDays(random.Exponential(pace == Pace.Normal ? 3 : 5));
                break;
            case Pace.Disengaged:
                onTime = false;
                day = window.FirstEnd.AddDays(random.Exponential(12));
                break;
            default:
                day = window.FirstEnd.AddDays(-random.Exponential(pace == Pace.Normal ? 2.0 : 0.7));
                break;
        }
        if (!onTime && !allowLate) return null;
        var moment = DemoDates.StudentMoment(random, DemoDates.Day(day));
        if (onTime && moment > window.FirstEnd) moment = window.FirstEnd.AddMinutes(-random.Next(5, 240));
        if (!onTime && moment <= window.FirstEnd) moment = window.FirstEnd.AddMinutes(random.Next(30, 600));
        if (moment < window.Start) moment = window.Start.AddHours(random.Next(8, 23)).AddMinutes(random.Next(60));
        return moment;
    }

    /// <summary>
    /// When a teacher certifies one artifact uploaded at <paramref name="uploaded"/>, or null for never. Fast teachers
    /// certify within a day or so of the upload; others in one sitting before the deadline, slow ones after it.
    /// <paramref name="sitting"/> is the teacher's sitting for this course (the same for all its artifacts).
    /// </summary>
    public static DateTime? TeacherCertifies(Random random, CertifySpeed speed, Window window, DateTime sitting, DateTime uploaded)
    {
        DateTime moment;
        if (speed == CertifySpeed.Fast)
            moment = DemoDates.StaffMoment(random, DemoDates.Day(uploaded.AddDays(random.Exponential(1.0))));
        else if (sitting > uploaded)
            moment = sitting.AddMinutes(random.Next(0, 90));
        else
            moment = DemoDates.StaffMoment(random, DemoDates.Day(uploaded.AddDays(random.Exponential(speed == CertifySpeed.Normal ? 2 : 8))));
        if (speed == CertifySpeed.VerySlow && random.Chance(0.15)) return null;
        return moment <= uploaded ? uploaded.AddMinutes(random.Next(30, 600)) : moment;
    }

    /// <summary>A teacher's certification sitting for one course, or null when they never get round to it.</summary>
    public static DateTime? Sitting(Random random, CertifySpeed speed, Window window)
    {
        var span = Math.Max(0.5, (window.FirstEnd - window.Start).TotalDays);
        DateTime day = speed switch
        {
            CertifySpeed.Fast or CertifySpeed.Normal => window.FirstEnd.AddDays(-Math.Min(span, random.Exponential(1.2))),
            CertifySpeed.Slow => window.FirstEnd.AddDays(1 + random.Exponential(6)),
            _ => window.LastEnd.AddDays(3 + random.Exponential(15)),
        };
        if (speed == CertifySpeed.VerySlow && random.Chance(0.35)) return null;
        if (day < window.Start) day = window.Start;
        return DemoDates.StaffMoment(random, DemoDates.Day(day));
    }
}
