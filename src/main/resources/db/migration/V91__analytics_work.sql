-- Work on conversations (who holds them, SLA breaches, resolution) and moderation's actions, for
-- resolution times, SLA attainment, backlog, actions by reason and agency performance. As in V90,
-- nothing here refers to another module's tables. The nil uuid stands for "no team / agent / agency".

-- Where a conversation is in its life: status, the first customer message of the current cycle (null once
-- resolved; a new inbound message after resolution starts a new cycle), and when it was last resolved.
alter table analytics_conversation
    add column status      text not null default 'OPEN' check (status in ('OPEN', 'PENDING', 'RESOLVED')),
    add column open_since  timestamptz,
    add column resolved_at timestamptz;
update analytics_conversation set open_since = first_inbound_at;
create index analytics_conversation_backlog on analytics_conversation (unit_id, open_since)
    where open_since is not null;

-- Who works a conversation and what its SLA timers did, from routing's events, whatever order they come in
-- relative to the messages' events.
create table analytics_work (
    conversation_id         uuid primary key,
    team_id                 uuid not null default '00000000-0000-0000-0000-000000000000',
    agent_id                uuid not null default '00000000-0000-0000-0000-000000000000',
    agency_id               uuid not null default '00000000-0000-0000-0000-000000000000',
    first_response_due      timestamptz,
    resolution_due          timestamptz,
    first_response_breached boolean not null default false,
    resolution_breached     boolean not null default false
);

-- Durations by team, agent and agency too, and how many samples breached their SLA target.
alter table analytics_duration
    add column team_id   uuid not null default '00000000-0000-0000-0000-000000000000',
    add column agent_id  uuid not null default '00000000-0000-0000-0000-000000000000',
    add column agency_id uuid not null default '00000000-0000-0000-0000-000000000000',
    add column breached  bigint not null default 0;
alter table analytics_duration drop constraint analytics_duration_pkey;
alter table analytics_duration
    add primary key (hour, unit_id, channel_id, platform, language, team_id, agent_id, agency_id, metric, bin);

-- Moderation actions per hour, dimensions, action, reason (rule or reason code) and origin.
create table analytics_moderation (
    hour       timestamptz not null,
    unit_id    uuid not null,
    channel_id uuid not null,
    platform   text not null,
    language   text not null,
    action     text not null,
    reason     text not null,
    automatic  boolean not null,
    agency_id  uuid not null,
    actions    bigint not null,
    primary key (hour, unit_id, channel_id, platform, language, action, reason, automatic, agency_id)
);
create index analytics_moderation_unit on analytics_moderation (unit_id, hour);

-- Each moderation action counted once (a replayed event adds nothing).
create table analytics_moderation_seen (
    message_id uuid not null,
    action     text not null,
    automatic  boolean not null,
    at         timestamptz not null,
    primary key (message_id, action, automatic, at)
);
