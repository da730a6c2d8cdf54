-- Workspace: saved views, a person's named inbox filters. Every field but the name may be empty (any).
-- A view names units and channels by id only; the reader's scope is applied whenever it is used, so a
-- view never shows more than its owner may see at that moment.
create table workspace_view (
    id         uuid primary key,
    member_id  uuid not null,
    name       text not null check (length(name) between 1 and 80),
    unit_id    uuid,
    channel_id uuid,
    status     text check (status in ('OPEN', 'PENDING', 'RESOLVED')),
    language   text,
    created_at timestamptz not null default now(),
    constraint workspace_view_name unique (member_id, name)
);
