-- Moderation: policies per unit (every save is a new version), the decision taken on every message,
-- the platform actions those decisions call for (retried while a platform is unavailable), and the
-- human review queue.

-- A unit's own rules (the hub's apply to the whole tree; a spoke's override or add to them). The
-- current policy of a unit is its highest version; older versions are kept for history and diffs.
create table moderation_policy (
    unit_id  uuid not null,
    version  integer not null check (version > 0),
    rules    jsonb not null,
    saved_by text not null,
    saved_at timestamptz not null default now(),
    primary key (unit_id, version)
);

-- One decision per message: what analysis found and what the effective policy made of it, with the
-- reasons of every matching rule. The primary key makes a redelivered batch a no-op.
create table moderation_decision (
    message_id          uuid primary key,
    conversation_id     uuid not null,
    channel_id          uuid not null,
    unit_id             uuid not null,
    author_id           uuid not null,
    platform            text not null,
    language            text not null,
    language_confidence double precision not null,
    intent              text,
    sentiment           double precision not null,
    labels              jsonb not null,
    analysis_reasons    jsonb not null,
    pii                 jsonb not null,
    matches             jsonb not null,
    actions             jsonb not null,
    problems            jsonb not null,
    flagged             boolean not null,
    received_at         timestamptz not null,
    decided_at          timestamptz not null default now()
);
create index moderation_decision_unit on moderation_decision (unit_id, received_at desc);
create index moderation_decision_author on moderation_decision (author_id, received_at);

-- Actions on the platform (hide, unhide, delete, reply). Claimed before they run, so that the
-- pipeline and the retry job never run one twice; a failure the platform may recover from is tried
-- again later, any other failure sends the message to human review.
create table moderation_action (
    id                 uuid primary key,
    message_id         uuid not null,
    channel_id         uuid not null,
    unit_id            uuid not null,
    external_id        text not null,
    thread_external_id text not null,
    kind               text not null check (kind in ('HIDE', 'UNHIDE', 'DELETE', 'REPLY')),
    reply_text         text,
    origin             text not null,
    status             text not null default 'PENDING' check (status in ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
    attempts           integer not null default 0,
    next_attempt_at    timestamptz not null default now(),
    claimed_at         timestamptz,
    last_error         text,
    created_at         timestamptz not null default now(),
    done_at            timestamptz
);
create index moderation_action_due on moderation_action (next_attempt_at) where status in ('PENDING', 'RUNNING');
create index moderation_action_message on moderation_action (message_id);

-- Messages waiting for a moderator, and the decisions taken on them (the statement of reasons).
create table moderation_review (
    id                         uuid primary key,
    message_id                 uuid not null,
    conversation_id            uuid not null,
    channel_id                 uuid not null,
    unit_id                    uuid not null,
    platform                   text not null,
    language                   text not null,
    queue                      text not null,
    delete_needs_second_person boolean not null,
    status                     text not null check (status in ('PENDING', 'AWAITING_SECOND_PERSON', 'APPROVED', 'HIDDEN', 'DELETED', 'ESCALATED')),
    reasons                    jsonb not null,
    decisions                  jsonb not null default '[]',
    created_at                 timestamptz not null default now(),
    decided_at                 timestamptz,
    constraint moderation_review_once unique (message_id, queue)
);
create index moderation_review_open on moderation_review (unit_id, created_at)
    where status in ('PENDING', 'AWAITING_SECOND_PERSON');

-- Texts of the automatic replies that policies name (AutoReply), per unit and language; a unit
-- uses the nearest text up its path, in the message's language or else the unit's first language.
create table moderation_reply_text (
    unit_id  uuid not null,
    name     text not null,
    language text not null,
    body     text not null check (length(body) between 1 and 2000),
    primary key (unit_id, name, language)
);
