-- 10 million messages (psql variable messages) over one year (2025-12-01 .. 2026-11-30) in 30 units with 2 channels each, on 3
-- platforms, in 2 languages per unit, 4 messages per conversation (customer, answer, customer, answer), one team per
-- unit and 8 agents per team (1 conversation in 10 held by nobody),
-- written into analytics' base table, and the roll-ups built from it as the listeners would have kept
-- them. Deterministic: every value is drawn from a hash of the message number.
\if :{?messages}
\else
\set messages 10000000
\endif
set synchronous_commit = off;
truncate analytics_message, analytics_conversation, analytics_volume, analytics_duration, analytics_work,
         analytics_moderation, analytics_moderation_seen, analytics_volume_day, analytics_volume_month,
         analytics_duration_day, analytics_duration_month, analytics_moderation_day, analytics_moderation_month,
         analytics_work_volume, analytics_work_volume_day, analytics_work_volume_month, analytics_volume_series_day;

create temporary table bench_unit as
select u, md5('unit' || u)::uuid as unit_id,
       (array['fr','es','de','it','nl','pl','ar','en','pt','ro'])[1 + u % 10] as lang1,
       (array['en','fr','en','en','fr','en','fr','es','en','en'])[1 + u % 10] as lang2,
       -- one unit in three is worked by one of two agencies (durations and human verdicts carry it)
       case when u % 3 = 0 then md5('agency' || u % 2)::uuid else '00000000-0000-0000-0000-000000000000' end as agency_id,
       md5('team' || u)::uuid as team_id
from generate_series(0, 29) u;

insert into analytics_message (message_id, conversation_id, created_at, unit_id, channel_id, platform, direction,
                               language, intent, sentiment, moderated, team_id, agent_id, agency_id)
select md5('m' || i)::uuid, md5('c' || c)::uuid,
       timestamptz '2025-12-01 00:00:00+00' + (c * 31536000.0 * 4 / :messages) * interval '1 second' + (i % 4) * interval '7 minutes',
       u.unit_id, md5('channel' || (c % 60))::uuid, (array['x','facebook','instagram'])[1 + (c % 60) % 3],
       case when i % 2 = 0 then 'INBOUND' else 'OUTBOUND' end,
       case when h % 10 < 7 then u.lang1 else u.lang2 end,
       case when i % 2 = 1 then 'unknown' else (array['care_request','complaint','praise','chatter','care_request'])[1 + (h / 10) % 5] end,
       case when i % 2 = 1 then 'unknown' else (array['negative','neutral','neutral','positive'])[1 + (h / 50) % 4] end,
       true, u.team_id,
       case when c % 10 = 0 then '00000000-0000-0000-0000-000000000000'::uuid else md5('agent' || u.u || '-' || c % 8)::uuid end,
       u.agency_id
from generate_series(0, :messages - 1) i
cross join lateral (select i / 4 as c, abs(hashint4(i)) as h) x
join bench_unit u on u.u = (x.c % 60) % 30;

insert into analytics_volume (hour, unit_id, channel_id, platform, language, intent, sentiment, direction, messages)
select date_trunc('hour', created_at), unit_id, channel_id, platform, language, intent, sentiment, direction, count(*)
from analytics_message group by 1, 2, 3, 4, 5, 6, 7, 8
-- in time order, as the listeners write them while time passes (a week's rows then lie together)
order by 1;

insert into analytics_work_volume (hour, unit_id, channel_id, platform, language, team_id, agent_id, agency_id,
                                   direction, messages)
select date_trunc('hour', created_at), unit_id, channel_id, platform, language, team_id, agent_id, agency_id, direction,
       count(*)
from analytics_message group by 1, 2, 3, 4, 5, 6, 7, 8, 9
order by 1;

-- per conversation: first customer message, first answer (7 minutes later, 1 in 40 much later), resolved
-- 4 hours after the first message except the newest 1 %, which make the backlog
insert into analytics_conversation (conversation_id, unit_id, channel_id, platform, language, first_inbound_at,
                                    first_response_at, status, open_since, resolved_at)
select conversation_id, min(unit_id::text)::uuid, min(channel_id::text)::uuid, min(platform), min(language),
       min(created_at), min(created_at) filter (where direction = 'OUTBOUND')
         + case when abs(hashtext(conversation_id::text)) % 40 = 0 then interval '5 hours' else interval '0' end,
       'OPEN', null, null
from analytics_message group by conversation_id;
update analytics_conversation set status = case when first_inbound_at > timestamptz '2026-11-27' then 'OPEN' else 'RESOLVED' end,
       open_since = case when first_inbound_at > timestamptz '2026-11-27' then first_inbound_at end,
       resolved_at = case when first_inbound_at > timestamptz '2026-11-27' then null else first_inbound_at + interval '4 hours' end;

-- who works each conversation, as routing's events tell analytics
insert into analytics_work (conversation_id, team_id, agent_id, agency_id)
select distinct on (conversation_id) conversation_id, team_id, agent_id, agency_id
from analytics_message where direction = 'INBOUND' order by conversation_id;

-- the durations as the listeners bin them (by team and agency; not by agent, which would multiply the rows) (bins: DurationBins.UPPER_BOUNDS)
create temporary table bench_bounds (bounds bigint[]);
insert into bench_bounds values (array[60,120,180,300,600,900,1200,1800,2700,3600,5400,7200,10800,14400,21600,28800,
                                       43200,64800,86400,129600,172800,259200,432000,604800]);
insert into analytics_duration (hour, unit_id, channel_id, platform, language, metric, bin, samples, total_seconds,
                                breached, agency_id, team_id)
select date_trunc('hour', at), d.unit_id, channel_id, platform, language, metric,
       (select count(*) from unnest(b.bounds) x where x <= seconds), count(*), sum(seconds),
       count(*) filter (where seconds > 4 * 3600), u.agency_id, u.team_id
from (select unit_id, channel_id, platform, language, 'FIRST_RESPONSE' as metric, first_response_at as at,
             extract(epoch from first_response_at - first_inbound_at) as seconds
      from analytics_conversation where first_response_at is not null
      union all
      select unit_id, channel_id, platform, language, 'RESOLUTION', resolved_at,
             extract(epoch from resolved_at - first_inbound_at)
      from analytics_conversation where resolved_at is not null) d
join bench_unit u on u.unit_id = d.unit_id, bench_bounds b
group by 1, 2, 3, 4, 5, 6, 7, 11, 12
order by 1;

-- one moderation action in 10 customer messages: four in five automatic (a policy's rule), one in five a
-- moderator's verdict (a reason code; the unit's agency, if any)
insert into analytics_moderation (hour, unit_id, channel_id, platform, language, action, reason, automatic, agency_id,
                                  actions)
select date_trunc('hour', created_at), m.unit_id, channel_id, platform, language,
       case when h / 10 % 5 = 0 then 'approve' when h / 10 % 5 = 1 then 'delete' else 'hide' end,
       (array['criticism-allowed','Delete spam','Hide insults','Complaints first','insult'])[1 + h / 10 % 5],
       h / 10 % 5 <> 0, case when h / 10 % 5 = 0 then u.agency_id else '00000000-0000-0000-0000-000000000000' end,
       count(*)
from analytics_message m
cross join lateral (select abs(hashtext(message_id::text)) as h) x
join bench_unit u on u.unit_id = m.unit_id
where direction = 'INBOUND' and h % 10 = 0
group by 1, 2, 3, 4, 5, 6, 7, 8, 9
order by 1;

-- the daily and monthly roll-ups: the same function the migration calls (V94), so they cannot drift
select analytics_rebuild_grains();

analyze;
select (select count(*) from analytics_message) as messages, (select count(*) from analytics_volume) as volume_rows,
       (select count(*) from analytics_conversation) as conversations, (select count(*) from analytics_duration) as duration_rows,
       (select count(*) from analytics_moderation) as moderation_rows,
       (select count(*) from analytics_work_volume) as work_volume_rows,
       (select count(*) from analytics_volume_day) as volume_day_rows,
       (select count(*) from analytics_volume_series_day) as series_day_rows;
