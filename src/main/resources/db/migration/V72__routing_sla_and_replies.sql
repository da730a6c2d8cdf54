-- SLA policies per unit subtree, optionally per platform and priority; collision control for replies.

create table sla_policy (
    id             uuid primary key,
    name           text not null check (length(trim(name)) between 1 and 100),
    unit_id        uuid not null,
    platform       text,
    priority       smallint check (priority between 1 and 5),
    first_response interval not null check (first_response > interval '0'),
    next_response  interval not null check (next_response > interval '0'),
    resolution     interval not null check (resolution > interval '0'),
    warn_at        numeric(3, 2) not null default 0.8 check (warn_at > 0 and warn_at < 1),
    -- what happens on breach besides the SlaBreached event: RAISE_PRIORITY, RETURN_TO_QUEUE, ESCALATE_TO_HUB
    on_breach      text[] not null default '{}',
    created_at     timestamptz not null default now()
);
create unique index sla_policy_scope on sla_policy (unit_id, coalesce(platform, ''), coalesce(priority, 0));

-- who is writing a reply in a conversation right now (renewed while they type, gone when it expires)
create table reply_activity (
    conversation_id uuid not null,
    member_id       uuid not null,
    actor           text not null,
    started_at      timestamptz not null default now(),
    expires_at      timestamptz not null,
    primary key (conversation_id, member_id)
);

-- the answer to an inbound message, claimed before it is sent; a second one only over the first, knowingly
create table reply_claim (
    id                 uuid primary key,
    inbound_message_id uuid not null,
    conversation_id    uuid not null,
    member_id          uuid,
    actor              text not null,
    claimed_at         timestamptz not null default now(),
    confirmed_over     uuid references reply_claim (id)
);
create unique index reply_claim_first on reply_claim (inbound_message_id) where confirmed_over is null;
