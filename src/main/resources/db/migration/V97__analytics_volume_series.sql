-- The hub's daily time series (volumes and sentiment by day or week over up to a year) read a roll-up without the
-- dimensions a series never groups by (channel, intent): about a sixth of the daily volume rows. Kept per UTC day
-- only (hours and months are small enough in their own tables), by the same writers in the same transaction.
create table analytics_volume_series_day (
    hour      timestamptz not null,
    unit_id   uuid not null,
    platform  text not null,
    language  text not null,
    sentiment text not null,
    direction text not null,
    messages  bigint not null,
    primary key (hour, unit_id, platform, language, sentiment, direction)
);

-- The shared rebuild (V94, V96) rebuilds it too, from the daily volumes it has just rebuilt: V96's function, renamed,
-- then this.
alter function analytics_rebuild_grains() rename to analytics_rebuild_days_and_months;
create function analytics_rebuild_grains() returns void language sql as $$
    select analytics_rebuild_days_and_months();
    truncate analytics_volume_series_day;
    insert into analytics_volume_series_day (hour, unit_id, platform, language, sentiment, direction, messages)
    select hour, unit_id, platform, language, sentiment, direction, sum(messages)
    from analytics_volume_day group by 1, 2, 3, 4, 5, 6;
$$;

select analytics_rebuild_grains();
