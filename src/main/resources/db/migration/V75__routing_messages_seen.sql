-- The messages routing has handled. A hand-over from moderation can reach routing twice (Spring Modulith's
-- event publication registry resubmits a batch whose completion was not recorded, e.g. after a crash
-- between routing's commit and that record); only messages not seen before are routed, so a resubmitted
-- batch neither puts a resolved conversation back into a queue nor starts its timers again.
create table routing_message_seen (
    message_id uuid primary key,
    seen_at    timestamptz not null default now()
);
