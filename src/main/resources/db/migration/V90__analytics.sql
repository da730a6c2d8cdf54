-- Analytics keeps its own copy of what the pipeline's batch events tell it, and roll-ups per hour that
-- reports read instead of the conversation tables. Nothing here refers to another module's tables.

-- One row per message analytics has counted, with the dimensions it was counted under. The primary key
-- is what makes a replayed batch count nothing twice; moderation's classification moves a message from
-- the 'unknown' intent/sentiment bucket to its own, exactly once (moderated flips to true).
create table analytics_message (
    message_id      uuid primary key,
    conversation_id uuid not null,
    created_at      timestamptz not null,
    unit_id         uuid not null,
    channel_id      uuid not null,
    platform        text not null,
    direction       text not null check (direction in ('INBOUND', 'OUTBOUND')),
    language        text not null,
    intent          text not null,
    sentiment       text not null,
    moderated       boolean not null default false
);

-- One row per conversation: when the customer first wrote and when the organisation first answered.
create table analytics_conversation (
    conversation_id   uuid primary key,
    unit_id           uuid not null,
    channel_id        uuid not null,
    platform          text not null,
    language          text not null,
    first_inbound_at  timestamptz,
    first_response_at timestamptz
);

-- Message counts per hour and dimension combination.
create table analytics_volume (
    hour       timestamptz not null,
    unit_id    uuid not null,
    channel_id uuid not null,
    platform   text not null,
    language   text not null,
    intent     text not null,
    sentiment  text not null,
    direction  text not null,
    messages   bigint not null,
    primary key (hour, unit_id, channel_id, platform, language, intent, sentiment, direction)
);
create index analytics_volume_unit on analytics_volume (unit_id, hour);

-- Durations (first response, resolution) as histograms: per hour and dimensions, per bin (see
-- DurationBins), how many samples fell into the bin and their exact sum, so that means are exact and
-- medians and percentiles are read from the bins.
create table analytics_duration (
    hour          timestamptz not null,
    unit_id       uuid not null,
    channel_id    uuid not null,
    platform      text not null,
    language      text not null,
    metric        text not null check (metric in ('FIRST_RESPONSE', 'RESOLUTION')),
    bin           smallint not null,
    samples       bigint not null,
    total_seconds double precision not null,
    primary key (hour, unit_id, channel_id, platform, language, metric, bin)
);
create index analytics_duration_unit on analytics_duration (unit_id, hour);
