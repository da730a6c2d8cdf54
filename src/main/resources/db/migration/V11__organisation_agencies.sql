-- External agencies and their contracts: their staff act only within a contract's units, languages and platforms.
create table agencies (
    id         uuid primary key,
    name       text not null unique check (length(trim(name)) between 1 and 200),
    created_at timestamptz not null default now()
);

create table contracts (
    id                 uuid primary key,
    agency_id          uuid not null references agencies (id),
    name               text not null check (length(trim(name)) between 1 and 200),
    languages          text[] not null default '{}',
    platforms          text[] not null default '{}',
    mask_personal_data boolean not null default true,
    hours_per_week     integer not null default 0 check (hours_per_week between 0 and 10000),
    starts_on          date,
    ends_on            date,
    created_at         timestamptz not null default now(),
    unique (agency_id, name),
    check (ends_on is null or starts_on is null or ends_on >= starts_on)
);

-- A contract unit covers that unit's whole subtree.
create table contract_units (
    contract_id uuid not null references contracts (id) on delete cascade,
    unit_id     uuid not null references units (id),
    primary key (contract_id, unit_id)
);
create index contract_units_unit on contract_units (unit_id);
