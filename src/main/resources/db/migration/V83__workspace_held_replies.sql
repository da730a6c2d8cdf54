-- Replies that policy holds for a reviewer (e.g. an agency's reply on a hub account): sent through the
-- connector only once a reviewer approves, never if one rejects. The text is kept as its author wrote it.
create table workspace_held_reply (
    id                 uuid primary key,
    conversation_id    uuid not null,
    unit_id            uuid not null,
    parent_external_id text not null,
    body               text not null check (length(body) between 1 and 10000),
    resolve            boolean not null default false,
    author             text not null,
    author_member      uuid,
    reason             text not null,
    status             text not null default 'HELD' check (status in ('HELD', 'SENDING', 'SENT', 'REJECTED')),
    reviewer           text,
    review_note        text,
    created_at         timestamptz not null default now(),
    decided_at         timestamptz
);
create index workspace_held_reply_waiting on workspace_held_reply (unit_id, created_at) where status = 'HELD';
create index workspace_held_reply_conversation on workspace_held_reply (conversation_id, created_at);
