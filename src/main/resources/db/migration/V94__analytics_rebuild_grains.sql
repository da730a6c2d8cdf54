-- The daily and monthly roll-ups (V92) rebuilt from the hourly ones, as one function: this migration and the
-- reports benchmark (bench/reports-data.sql) both call it, so the benchmark's roll-ups cannot drift from what
-- the application keeps. Rebuilding is idempotent (the writers keep every grain equal to the sum of its
-- hours), so calling it here on a database V92 already filled changes nothing.
create function analytics_rebuild_grains() returns void language sql as $$
    truncate analytics_volume_day, analytics_volume_month, analytics_duration_day, analytics_duration_month,
             analytics_moderation_day, analytics_moderation_month;

    insert into analytics_volume_day (hour, unit_id, channel_id, platform, language, intent, sentiment, direction,
                                      messages)
    select date_trunc('day', hour, 'UTC'), unit_id, channel_id, platform, language, intent, sentiment, direction,
           sum(messages)
    from analytics_volume group by 1, 2, 3, 4, 5, 6, 7, 8;
    insert into analytics_volume_month (hour, unit_id, channel_id, platform, language, intent, sentiment, direction,
                                        messages)
    select date_trunc('month', hour, 'UTC'), unit_id, channel_id, platform, language, intent, sentiment, direction,
           sum(messages)
    from analytics_volume group by 1, 2, 3, 4, 5, 6, 7, 8;

    insert into analytics_duration_day (hour, unit_id, channel_id, platform, language, metric, bin, samples,
                                        total_seconds, team_id, agent_id, agency_id, breached)
    select date_trunc('day', hour, 'UTC'), unit_id, channel_id, platform, language, metric, bin, sum(samples),
           sum(total_seconds), team_id, agent_id, agency_id, sum(breached)
    from analytics_duration group by 1, 2, 3, 4, 5, 6, 7, 10, 11, 12;
    insert into analytics_duration_month (hour, unit_id, channel_id, platform, language, metric, bin, samples,
                                          total_seconds, team_id, agent_id, agency_id, breached)
    select date_trunc('month', hour, 'UTC'), unit_id, channel_id, platform, language, metric, bin, sum(samples),
           sum(total_seconds), team_id, agent_id, agency_id, sum(breached)
    from analytics_duration group by 1, 2, 3, 4, 5, 6, 7, 10, 11, 12;

    insert into analytics_moderation_day (hour, unit_id, channel_id, platform, language, action, reason, automatic,
                                          agency_id, actions)
    select date_trunc('day', hour, 'UTC'), unit_id, channel_id, platform, language, action, reason, automatic,
           agency_id, sum(actions)
    from analytics_moderation group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
    insert into analytics_moderation_month (hour, unit_id, channel_id, platform, language, action, reason, automatic,
                                            agency_id, actions)
    select date_trunc('month', hour, 'UTC'), unit_id, channel_id, platform, language, action, reason, automatic,
           agency_id, sum(actions)
    from analytics_moderation group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
$$;

select analytics_rebuild_grains();
