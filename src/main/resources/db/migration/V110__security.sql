-- Sign-in throttling: consecutive failed password sign-ins per username (known or not), and the lock they earn.
create table sign_in_failures (
    username        text primary key,
    failures        integer not null check (failures >= 0),
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);

-- Personal API tokens: only the SHA-256 of the secret is kept; the secret is shown once, at creation.
create table api_tokens (
    id           uuid primary key,
    member_id    uuid not null references members (id) on delete cascade,
    name         text not null check (length(trim(name)) between 1 and 100),
    token_hash   text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    role         text not null,
    unit_id      uuid not null,
    created_at   timestamptz not null,
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    unique (member_id, name)
);
create index api_tokens_member on api_tokens (member_id);
