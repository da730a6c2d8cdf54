-- Spike alerts: thresholds per unit (its subtree) over a sliding window, and the alerts they raised.
create table analytics_alert_rule (
    id             uuid primary key,
    unit_id        uuid not null,
    kind           text not null check (kind in ('VOLUME', 'NEGATIVE', 'KEYWORD')),
    keyword        text check ((kind = 'KEYWORD') = (keyword is not null and length(trim(keyword)) between 1 and 100)),
    threshold      integer not null check (threshold > 0),
    window_minutes integer not null check (window_minutes between 5 and 1440),
    email          text check (email is null or email ~ '^[^@\s]+@[^@\s]+$'),
    created_by     text not null,
    created_at     timestamptz not null default now()
);
create index analytics_alert_rule_unit on analytics_alert_rule (unit_id);

create table analytics_alert (
    id        uuid primary key,
    rule_id   uuid not null references analytics_alert_rule (id) on delete cascade,
    unit_id   uuid not null,
    fired_at  timestamptz not null,
    observed  bigint not null,
    threshold integer not null,
    emailed   boolean not null default false
);
create index analytics_alert_unit on analytics_alert (unit_id, fired_at desc);

-- Customers' messages that contained a keyword rule's keyword (analytics keeps no message text).
create table analytics_keyword_hit (
    rule_id    uuid not null references analytics_alert_rule (id) on delete cascade,
    message_id uuid not null,
    at         timestamptz not null,
    primary key (rule_id, message_id)
);

-- the windows count customers' messages per unit by time
create index analytics_message_unit_time on analytics_message (unit_id, created_at) where direction = 'INBOUND';
