-- The audit trail: one row per recorded action, each carrying the SHA-256 hash of its own canonical form
-- and the hash of the entry before it, so that changing, removing or inserting a row breaks the chain.
create table audit_entry (
    sequence      bigint primary key check (sequence >= 1),
    recorded_at   timestamptz not null,
    actor         text not null,
    action        text not null,
    unit_id       uuid,
    subject_type  text not null,
    subject_id    text not null,
    before        jsonb,
    after         jsonb,
    previous_hash text not null check (previous_hash ~ '^[0-9a-f]{64}$'),
    hash          text not null check (hash ~ '^[0-9a-f]{64}$'),
    -- every entry follows exactly one other: a fork (two appends that read the same head) is refused
    unique (previous_hash)
);
create index audit_entry_unit on audit_entry (unit_id, sequence);
create index audit_entry_subject on audit_entry (subject_type, subject_id, sequence);
create index audit_entry_recorded_at on audit_entry (recorded_at);

-- Append-only: rows are never changed or removed, whoever asks.
create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on audit_entry is refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
