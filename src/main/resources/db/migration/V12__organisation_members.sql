-- Teams, members, their language skills and memberships, and the roles granted to them on units.
create table teams (
    id          uuid primary key,
    unit_id     uuid not null references units (id),
    name        text not null check (length(trim(name)) between 1 and 200),
    kind        text not null check (kind in ('COMMUNITY', 'CARE_HELPERS', 'MODERATION_AGENCY', 'PUBLISHING', 'SITES')),
    -- agency teams work under exactly one contract; no other team does
    contract_id uuid references contracts (id),
    capacity    integer not null default 0 check (capacity >= 0),
    created_at  timestamptz not null default now(),
    unique (unit_id, name),
    check ((kind = 'MODERATION_AGENCY') = (contract_id is not null))
);
create index teams_unit on teams (unit_id);

create table members (
    id            uuid primary key,
    username      text not null check (username ~ '^[a-z0-9][a-z0-9._@-]{1,99}$'),
    email         text,
    display_name  text not null check (length(trim(display_name)) between 1 and 200),
    password_hash text,
    enabled       boolean not null default true,
    -- the unit whose admins administer this member
    home_unit_id  uuid not null references units (id),
    created_at    timestamptz not null default now()
);
create unique index members_username on members (username);
create index members_home_unit on members (home_unit_id);
create unique index members_email on members (lower(email)) where email is not null;

create table member_languages (
    member_id uuid not null references members (id) on delete cascade,
    language  text not null check (language ~ '^[a-z]{2}$'),
    level     text not null check (level in ('BASIC', 'WORKING', 'FLUENT', 'NATIVE')),
    primary key (member_id, language)
);
create index member_languages_language on member_languages (language);

create table team_members (
    team_id   uuid not null references teams (id) on delete cascade,
    member_id uuid not null references members (id) on delete cascade,
    -- how many open conversations the member takes at once in this team
    capacity  integer not null default 10 check (capacity between 0 and 1000),
    primary key (team_id, member_id)
);
create index team_members_member on team_members (member_id);

create table role_grants (
    member_id  uuid not null references members (id) on delete cascade,
    role       text not null check (role in ('HUB_ADMIN', 'UNIT_ADMIN', 'COMMUNITY_MANAGER', 'MODERATOR', 'AGENT',
                                              'ANALYST', 'SITE_EDITOR')),
    unit_id    uuid not null references units (id),
    granted_at timestamptz not null default now(),
    primary key (member_id, role, unit_id)
);
create index role_grants_unit on role_grants (unit_id);
