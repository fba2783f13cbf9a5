SELECT count(*) FROM dashboard_account WHERE disabled_at IS NULL
