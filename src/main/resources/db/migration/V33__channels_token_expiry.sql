-- When the channel's OAuth access token expires (not a secret: shown on the channel page, and the
-- token renewal looks for tokens about to expire). The token itself stays in channel_credential.
alter table channel add column token_expires_at timestamptz;
create index channel_token_expiry on channel (token_expires_at) where status = 'ACTIVE' and token_expires_at is not null;
