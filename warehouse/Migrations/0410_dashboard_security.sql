-- Sessions that end with their account: every sign-in cookie carries the account's security stamp, checked on each
-- request; logout, a new password, a new role and disabling the account give it a new stamp.
ALTER TABLE dashboard_account ADD COLUMN security_stamp VARCHAR;
UPDATE dashboard_account SET security_stamp = CAST(uuid() AS VARCHAR);

-- The dashboard's audit log: sign-ins (and refusals, lockouts), logouts, account changes. No passwords, no IDs.
CREATE TABLE dashboard_audit (
    occurred_at TIMESTAMP,
    event     VARCHAR,      -- sign-in | sign-in-failed | sign-in-locked | lockout | sign-out | account-saved | account-disabled | session-revoked
    user_name VARCHAR,      -- the account named (it may not exist for failed sign-ins)
    client    VARCHAR,      -- the client's address
    actor     VARCHAR,      -- who did it, for account changes
    detail    VARCHAR       -- zh-TW
);
