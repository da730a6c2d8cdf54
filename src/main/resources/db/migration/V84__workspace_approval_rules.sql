-- Which replies wait for a reviewer before they are sent: replies by some senders (agency staff, or
-- everyone) on some accounts (the hub's own, one unit's, or a unit's and all below it). Set by the hub;
-- read whenever a reply is sent. The rule that was hard-wired before this table is its first row.
create table workspace_approval_rule (
    id         uuid primary key,
    name       text not null check (length(name) between 1 and 100),
    senders    text not null check (senders in ('AGENCY', 'EVERYONE')),
    accounts   text not null check (accounts in ('HUB', 'UNIT', 'SUBTREE')),
    unit_id    uuid,
    created_by text not null,
    created_at timestamptz not null default now(),
    check ((accounts = 'HUB') = (unit_id is null))
);

insert into workspace_approval_rule (id, name, senders, accounts, created_by)
values ('00000000-0000-0000-0000-000000000084', 'Agency replies on hub accounts', 'AGENCY', 'HUB', 'migration');
