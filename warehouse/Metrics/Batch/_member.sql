SELECT {phase_index} AS phase_index, * FROM (
{members}
)
