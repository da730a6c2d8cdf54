-- Channels: connected accounts, their encrypted credentials, and the polling state each needs.
-- unit_id and the team ids name organisation rows without a foreign key (modules own their tables);
-- the channels module checks them through the organisation API when a channel is created or lent.

create table channel (
    id               uuid primary key,
    unit_id          uuid not null,
    owner_team_id    uuid not null,
    -- the team the account is lent to while it acts for it; null when the owner acts
    acting_team_id   uuid,
    lent_at          timestamptz,
    lent_by          text,
    lend_reason      text,
    platform         text not null check (platform ~ '^[a-z][a-z0-9-]{0,30}$'),
    handle           text not null check (length(trim(handle)) between 1 and 200),
    external_id      text,
    status           text not null default 'ACTIVE' check (status in ('ACTIVE', 'PAUSED', 'DELETED')),
    health           text not null default 'UNKNOWN'
                     check (health in ('UNKNOWN', 'HEALTHY', 'FAILING', 'RATE_LIMITED', 'UNAUTHORISED')),
    last_error       text,
    last_error_at    timestamptz,
    failures         integer not null default 0,
    -- polling: the platform's cursor, when to poll next, and who holds the lease until when
    poll_cursor      text,
    poll_interval_s  integer not null default 60 check (poll_interval_s between 1 and 86400),
    next_poll_at     timestamptz not null default now(),
    last_polled_at   timestamptz,
    lease_owner      text,
    lease_until      timestamptz,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create index channel_unit on channel (unit_id) where status <> 'DELETED';
create index channel_due on channel (next_poll_at) where status = 'ACTIVE';
create unique index channel_account on channel (unit_id, platform, lower(handle)) where status <> 'DELETED';

-- Secrets of a channel (tokens, passwords, webhook secrets), one row per name, AES-GCM encrypted with
-- the key named by key_id; the channel id and the name are bound to the ciphertext as associated data.
create table channel_credential (
    channel_id uuid not null references channel (id) on delete cascade,
    name       text not null check (name ~ '^[a-z][a-z0-9_]{0,62}$'),
    key_id     text not null,
    nonce      bytea not null,
    ciphertext bytea not null,
    updated_at timestamptz not null default now(),
    primary key (channel_id, name)
);
create index channel_credential_key on channel_credential (key_id);
