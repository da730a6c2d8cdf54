-- Daily and monthly copies of the hourly roll-ups (see Grain): the same columns, "hour" holding the start
-- of the UTC day or month, kept by the same writers in the same transaction. A report reads the coarsest
-- table that answers it exactly, so long periods sum few rows.
create table analytics_volume_day (like analytics_volume including all);
create table analytics_volume_month (like analytics_volume including all);
create table analytics_duration_day (like analytics_duration including all);
create table analytics_duration_month (like analytics_duration including all);
create table analytics_moderation_day (like analytics_moderation including all);
create table analytics_moderation_month (like analytics_moderation including all);

insert into analytics_volume_day
select date_trunc('day', hour, 'UTC'), unit_id, channel_id, platform, language, intent, sentiment, direction, sum(messages)
from analytics_volume group by 1, 2, 3, 4, 5, 6, 7, 8;
insert into analytics_volume_month
select date_trunc('month', hour, 'UTC'), unit_id, channel_id, platform, language, intent, sentiment, direction, sum(messages)
from analytics_volume group by 1, 2, 3, 4, 5, 6, 7, 8;

insert into analytics_duration_day (hour, unit_id, channel_id, platform, language, metric, bin, samples, total_seconds,
                                    team_id, agent_id, agency_id, breached)
select date_trunc('day', hour, 'UTC'), unit_id, channel_id, platform, language, metric, bin, sum(samples),
       sum(total_seconds), team_id, agent_id, agency_id, sum(breached)
from analytics_duration group by 1, 2, 3, 4, 5, 6, 7, 10, 11, 12;
insert into analytics_duration_month (hour, unit_id, channel_id, platform, language, metric, bin, samples,
                                      total_seconds, team_id, agent_id, agency_id, breached)
select date_trunc('month', hour, 'UTC'), unit_id, channel_id, platform, language, metric, bin, sum(samples),
       sum(total_seconds), team_id, agent_id, agency_id, sum(breached)
from analytics_duration group by 1, 2, 3, 4, 5, 6, 7, 10, 11, 12;

insert into analytics_moderation_day
select date_trunc('day', hour, 'UTC'), unit_id, channel_id, platform, language, action, reason, automatic, agency_id,
       sum(actions)
from analytics_moderation group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
insert into analytics_moderation_month
select date_trunc('month', hour, 'UTC'), unit_id, channel_id, platform, language, action, reason, automatic, agency_id,
       sum(actions)
from analytics_moderation group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
