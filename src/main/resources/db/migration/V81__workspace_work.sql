-- Workspace: what people add while they work a conversation.

-- Saved replies belong to a unit and serve its whole subtree; one variant per language (ISO 639-1).
create table saved_reply (
    id         uuid primary key,
    unit_id    uuid not null,
    name       text not null check (length(name) between 1 and 80),
    created_by text not null,
    created_at timestamptz not null default now(),
    constraint saved_reply_name unique (unit_id, name)
);
create table saved_reply_variant (
    reply_id uuid not null references saved_reply (id) on delete cascade,
    language text not null,
    body     text not null check (length(body) between 1 and 10000),
    primary key (reply_id, language)
);

-- Internal notes on a conversation, never sent to the customer; mentions notify the members named.
create table workspace_note (
    id              uuid primary key,
    conversation_id uuid not null,
    unit_id         uuid not null,
    author          text not null,
    body            text not null check (length(body) between 1 and 5000),
    created_at      timestamptz not null default now()
);
create index workspace_note_conversation on workspace_note (conversation_id, created_at);
create table workspace_mention (
    note_id         uuid not null references workspace_note (id) on delete cascade,
    member_id       uuid not null,
    conversation_id uuid not null,
    created_at      timestamptz not null default now(),
    seen_at         timestamptz,
    primary key (note_id, member_id)
);
create index workspace_mention_unseen on workspace_mention (member_id) where seen_at is null;

create table workspace_tag (
    conversation_id uuid not null,
    tag             text not null check (tag ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    added_by        text not null,
    added_at        timestamptz not null default now(),
    primary key (conversation_id, tag)
);

-- What people did to single messages on the platform (hide, unhide, delete), newest last.
create table workspace_message_action (
    id              uuid primary key,
    message_id      uuid not null,
    conversation_id uuid not null,
    action          text not null check (action in ('HIDE', 'UNHIDE', 'DELETE')),
    actor           text not null,
    at              timestamptz not null default now()
);
create index workspace_message_action_conversation on workspace_message_action (conversation_id, at);
