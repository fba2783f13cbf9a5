SELECT phase_arg.phase_index, m.*
FROM (SELECT * FROM phase WHERE kind = '{kind}') phase_arg, LATERAL (
{members}
) m
