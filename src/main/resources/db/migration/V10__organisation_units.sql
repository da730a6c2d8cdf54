-- The organisation tree: one group at the root, regions below it, countries and business units below those.
create table units (
    id           uuid primary key,
    code         text not null unique check (code ~ '^[a-z0-9][a-z0-9-]{0,31}$'),
    name         text not null check (length(trim(name)) between 1 and 200),
    kind         text not null check (kind in ('GROUP', 'REGION', 'COUNTRY', 'BUSINESS_UNIT')),
    parent_id    uuid references units (id),
    time_zone    text not null,
    languages    text[] not null default '{}',
    country_code text check (country_code ~ '^[A-Z]{2}$'),
    created_at   timestamptz not null default now(),
    -- the group, and only the group, is the root
    check ((kind = 'GROUP') = (parent_id is null))
);
create index units_parent on units (parent_id);
create unique index units_single_root on units ((parent_id is null)) where parent_id is null;

-- Opening hours per ISO weekday (1 = Monday) in the unit's time zone; a day without rows is closed.
create table unit_business_hours (
    unit_id     uuid not null references units (id) on delete cascade,
    day_of_week smallint not null check (day_of_week between 1 and 7),
    opens       time not null,
    closes      time not null check (closes > opens),
    primary key (unit_id, day_of_week, opens)
);

create table unit_holidays (
    unit_id uuid not null references units (id) on delete cascade,
    day     date not null,
    name    text not null default '',
    primary key (unit_id, day)
);
