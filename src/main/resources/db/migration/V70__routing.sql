-- Routing and work: queues per team, where each conversation went and why, who works it, presence, SLA timers.
-- Teams, units, members and conversations belong to other modules: they are referred to by id, without
-- foreign keys, like the conversations module does with channels and units.

create table routing_queue (
    id         uuid primary key,
    team_id    uuid not null,
    -- the team's unit: who may see the queue (besides the team's members)
    unit_id    uuid not null,
    name       text not null check (length(trim(name)) between 1 and 100),
    -- HUB takes what no spoke or agency can; TRIAGE holds messages of undetermined language
    role       text not null default 'TEAM' check (role in ('TEAM', 'HUB', 'TRIAGE')),
    -- selectors: empty means "any"; units are subtree roots
    units      uuid[] not null default '{}',
    languages  text[] not null default '{}',
    channels   uuid[] not null default '{}',
    intents    text[] not null default '{}',
    -- only conversations at this priority or more urgent (1 most urgent .. 5); null: any
    max_priority smallint check (max_priority between 1 and 5),
    position   integer not null default 100,
    created_at timestamptz not null default now(),
    unique (team_id, name)
);
create unique index routing_queue_one_per_role on routing_queue (role) where role <> 'TEAM';

-- One row per conversation that needs (or needed) an answer: where it waits and who holds it.
create table routing_item (
    conversation_id uuid primary key,
    queue_id        uuid not null references routing_queue (id),
    unit_id         uuid not null,
    channel_id      uuid not null,
    platform        text not null,
    language        text not null,
    intent          text,
    priority        smallint not null check (priority between 1 and 5),
    state           text not null check (state in ('QUEUED', 'ASSIGNED', 'DONE')),
    assignee        uuid,
    -- the oldest inbound message not answered yet
    waiting_since   timestamptz not null,
    -- the earliest running SLA deadline (null: no SLA applies)
    due_at          timestamptz,
    routed_at       timestamptz not null default now(),
    assigned_at     timestamptz,
    check ((state = 'ASSIGNED') = (assignee is not null))
);
-- the backlog of a queue, oldest breach first
create index routing_item_backlog on routing_item (queue_id, due_at nulls last, priority, waiting_since)
    where state = 'QUEUED';
create index routing_item_assignee on routing_item (assignee) where state = 'ASSIGNED';

-- Every routing decision, with the rule or fallback step that made it and why.
create table routing_decision (
    id              uuid primary key,
    conversation_id uuid not null,
    message_id      uuid not null,
    queue_id        uuid not null references routing_queue (id),
    step            text not null check (step in ('RULE', 'COUNTRY_HELPERS', 'AGENCY', 'HUB', 'TRIAGE')),
    reason          text not null,
    decided_at      timestamptz not null default now()
);
create index routing_decision_conversation on routing_decision (conversation_id, decided_at);

-- Who held a conversation when; at most one current holder per conversation, enforced here too.
create table routing_assignment (
    id              uuid primary key,
    conversation_id uuid not null,
    member_id       uuid not null,
    queue_id        uuid not null references routing_queue (id),
    how             text not null check (how in ('PULLED', 'AUTO', 'TAKEN', 'HANDED_OFF', 'ESCALATED')),
    note            text,
    assigned_at     timestamptz not null default now(),
    ended_at        timestamptz
);
create unique index routing_assignment_current on routing_assignment (conversation_id) where ended_at is null;
create index routing_assignment_member on routing_assignment (member_id, assigned_at);

create table agent_presence (
    member_id uuid primary key,
    presence  text not null check (presence in ('ONLINE', 'AWAY', 'OFFLINE')),
    since     timestamptz not null default now()
);

-- SLA clocks of a conversation, counted in business time of its unit.
create table sla_timer (
    conversation_id uuid not null,
    kind            text not null check (kind in ('FIRST_RESPONSE', 'NEXT_RESPONSE', 'RESOLUTION')),
    policy          text not null,
    started_at      timestamptz not null,
    warn_at         timestamptz not null,
    due_at          timestamptz not null,
    stopped_at      timestamptz,
    warned_at       timestamptz,
    breached_at     timestamptz,
    primary key (conversation_id, kind)
);
create index sla_timer_running on sla_timer (due_at) where stopped_at is null;
