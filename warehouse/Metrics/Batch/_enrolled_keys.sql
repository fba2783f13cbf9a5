SELECT phase_arg.school, phase_arg.pop_date, phase_arg."asof", e.*
FROM (SELECT DISTINCT school, pop_date, "asof" FROM phase) phase_arg, LATERAL (
{enrolled}
) e
