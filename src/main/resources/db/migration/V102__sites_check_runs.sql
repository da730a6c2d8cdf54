-- Runs of every site's compliance checks (nightly on a schedule, or started by the hub). The slot is the
-- scheduled minute a run belongs to: with several nodes, the one that inserts it does the run.
create table site_check_run (
    id          bigserial primary key,
    slot        timestamptz not null unique,
    trigger     text not null check (trigger in ('SCHEDULE', 'MANUAL')),
    started_by  text not null,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    sites       integer not null default 0,
    failed      integer not null default 0
);
