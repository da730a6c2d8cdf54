-- Conversations: every comment, mention, direct message and e-mail in one model, stored once.
-- Uniqueness is what makes ingest exactly-once: a message is unique per (channel, external id), a
-- conversation per (channel, root external id), a contact per (platform, external author id).

-- One person across platforms; contacts are linked to it when we learn they are the same person.
create table customer (
    id         uuid primary key,
    created_at timestamptz not null default now()
);

create table contact (
    id           uuid primary key,
    platform     text not null,
    external_id  text not null,
    handle       text,
    display_name text,
    customer_id  uuid references customer (id),
    first_seen_at timestamptz not null default now(),
    constraint contact_identity unique (platform, external_id)
);
create index contact_customer on contact (customer_id) where customer_id is not null;

create table conversation (
    id               uuid primary key,
    channel_id       uuid not null,
    unit_id          uuid not null,
    platform         text not null,
    kind             text not null check (kind in ('PUBLIC_THREAD', 'COMMENT_THREAD', 'DIRECT_MESSAGES', 'EMAIL_THREAD')),
    root_external_id text not null,
    status           text not null default 'OPEN' check (status in ('OPEN', 'PENDING', 'RESOLVED')),
    language         text,
    started_at       timestamptz not null,
    last_message_at  timestamptz not null,
    message_count    integer not null default 0,
    inbound_count    integer not null default 0,
    created_at       timestamptz not null default now(),
    constraint conversation_root unique (channel_id, root_external_id)
);
create index conversation_recent on conversation (unit_id, last_message_at desc);

-- No foreign keys from message on purpose: the unique key does the exactly-once work, the ingest
-- writes the referenced rows first in the same transaction, and every checked reference would cost
-- an index probe per row on the hottest insert we have.
create table message (
    id                 uuid primary key,
    conversation_id    uuid not null,
    channel_id         uuid not null,
    external_id        text not null,
    direction          text not null check (direction in ('INBOUND', 'OUTBOUND')),
    kind               text not null,
    contact_id         uuid not null,
    body               text not null,
    parent_external_id text,
    thread_external_id text,
    created_at         timestamptz not null,
    received_at        timestamptz not null default now(),
    attachments        jsonb not null default '[]',
    metadata           jsonb not null default '{}',
    constraint message_identity unique (channel_id, external_id)
);
create index message_thread on message (conversation_id, created_at);
