-- A dead letter an admin looked at and decided not to replay: kept (with who and when) but no longer open.
alter table channel_dead_letter add column discarded_at timestamptz;
alter table channel_dead_letter add column discarded_by text;
drop index channel_dead_letter_open;
create index channel_dead_letter_open on channel_dead_letter (channel_id, received_at)
    where replayed_at is null and discarded_at is null;
