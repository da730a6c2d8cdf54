-- Input a channel could not take: a malformed item of a webhook delivery (with its line), a body that
-- is not JSON, or a delivery whose signature did not match. Kept for an admin to inspect and replay.
create table channel_dead_letter (
    id          uuid primary key,
    channel_id  uuid not null references channel (id) on delete cascade,
    received_at timestamptz not null default now(),
    reason      text not null,
    line        integer,
    payload     text not null,
    verified    boolean not null,
    replayed_at timestamptz,
    replayed_by text
);
create index channel_dead_letter_open on channel_dead_letter (channel_id, received_at) where replayed_at is null;
