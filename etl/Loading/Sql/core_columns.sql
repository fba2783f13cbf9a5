-- The columns of a core table (the merge copies all but its bookkeeping).
SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = $t
