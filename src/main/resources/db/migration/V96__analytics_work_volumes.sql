-- Message counts by team, agent and agency. A message counts under whoever holds its conversation when
-- analytics hears of it; messages heard before the conversation's first routing (or while no agent holds it)
-- move to the team (agent) that takes it next, once (WorkVolumes). They are kept in a roll-up of their own,
-- not as three more columns of analytics_volume, so the volume reports that do not ask for them (the hub's
-- year-long series above all) do not read rows multiplied by every agent.

alter table analytics_message
    add column team_id   uuid not null default '00000000-0000-0000-0000-000000000000',
    add column agent_id  uuid not null default '00000000-0000-0000-0000-000000000000',
    add column agency_id uuid not null default '00000000-0000-0000-0000-000000000000';

-- What was counted before this migration goes to whoever holds the conversation now: the best analytics knows.
update analytics_message m set team_id = w.team_id, agent_id = w.agent_id, agency_id = w.agency_id
from analytics_work w where w.conversation_id = m.conversation_id;

-- Moving a conversation's not yet attributed messages when it is routed or taken reads them by conversation.
create index analytics_message_conversation on analytics_message (conversation_id);

create table analytics_work_volume (
    hour       timestamptz not null,
    unit_id    uuid not null,
    channel_id uuid not null,
    platform   text not null,
    language   text not null,
    team_id    uuid not null,
    agent_id   uuid not null,
    agency_id  uuid not null,
    direction  text not null,
    messages   bigint not null,
    primary key (hour, unit_id, channel_id, platform, language, team_id, agent_id, agency_id, direction)
);
create index analytics_work_volume_unit on analytics_work_volume (unit_id, hour);
create table analytics_work_volume_day (like analytics_work_volume including all);
create table analytics_work_volume_month (like analytics_work_volume including all);

insert into analytics_work_volume (hour, unit_id, channel_id, platform, language, team_id, agent_id, agency_id,
                                   direction, messages)
select date_trunc('hour', created_at, 'UTC'), unit_id, channel_id, platform, language, team_id, agent_id, agency_id,
       direction, count(*)
from analytics_message group by 1, 2, 3, 4, 5, 6, 7, 8, 9;

-- The shared rebuild (V94) rebuilds the new roll-up's daily and monthly rows too: V94's function, renamed, then these.
alter function analytics_rebuild_grains() rename to analytics_rebuild_message_grains;
create function analytics_rebuild_grains() returns void language sql as $$
    select analytics_rebuild_message_grains();
    truncate analytics_work_volume_day, analytics_work_volume_month;
    insert into analytics_work_volume_day (hour, unit_id, channel_id, platform, language, team_id, agent_id, agency_id,
                                           direction, messages)
    select date_trunc('day', hour, 'UTC'), unit_id, channel_id, platform, language, team_id, agent_id, agency_id,
           direction, sum(messages)
    from analytics_work_volume group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
    insert into analytics_work_volume_month (hour, unit_id, channel_id, platform, language, team_id, agent_id,
                                             agency_id, direction, messages)
    select date_trunc('month', hour, 'UTC'), unit_id, channel_id, platform, language, team_id, agent_id, agency_id,
           direction, sum(messages)
    from analytics_work_volume group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
$$;

select analytics_rebuild_grains();
