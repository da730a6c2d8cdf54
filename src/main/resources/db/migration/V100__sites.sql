-- Website factory: blueprints (versioned, immutable once published), sites made from them, their
-- pages with drafts, review and history, compliance results, rollouts with per-site snapshots, and
-- comments posted from the public pages.

create table site_blueprint (
    id         uuid primary key,
    name       text not null unique,
    created_at timestamptz not null default now()
);

create table site_blueprint_version (
    blueprint_id uuid not null references site_blueprint (id),
    version      integer not null check (version > 0),
    published    boolean not null default false,
    definition   jsonb not null,
    created_by   text not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz,
    primary key (blueprint_id, version)
);

-- A published version is what sites point at: the database itself refuses to change or remove it.
create function site_blueprint_version_immutable() returns trigger language plpgsql as $$
begin
    if old.published then
        raise exception 'blueprint version % is published and cannot change', old.version;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;
create trigger site_blueprint_version_immutable before update or delete on site_blueprint_version
    for each row execute function site_blueprint_version_immutable();

create table site (
    id                uuid primary key,
    unit_id           uuid not null,
    name              text not null,
    slug              text not null unique,
    host              text unique,
    base_path         text not null default '/',
    locales           text[] not null check (cardinality(locales) > 0),
    blueprint_id      uuid not null,
    blueprint_version integer not null,
    channel_id        uuid not null unique,
    published_at      timestamptz,
    created_by        text not null,
    created_at        timestamptz not null default now(),
    foreign key (blueprint_id, blueprint_version) references site_blueprint_version (blueprint_id, version)
);
create index site_unit on site (unit_id);

create table site_page (
    id       uuid primary key,
    site_id  uuid not null references site (id) on delete cascade,
    slug     text not null,
    template text,
    position integer not null default 0,
    unique (site_id, slug)
);

-- One page in one locale. draft is null when the page follows the blueprint (a locked page, or an
-- overridable one the unit has not replaced); published is what visitors see since the last publish.
create table site_page_text (
    page_id      uuid not null references site_page (id) on delete cascade,
    locale       text not null,
    title        text not null,
    draft        text,
    state        text not null default 'EDITING' check (state in ('EDITING', 'IN_REVIEW', 'APPROVED')),
    submitted_by text,
    published    text,
    updated_by   text not null,
    updated_at   timestamptz not null default now(),
    primary key (page_id, locale)
);

create table site_page_revision (
    id         bigserial primary key,
    page_id    uuid not null references site_page (id) on delete cascade,
    locale     text not null,
    title      text not null,
    body       text,
    note       text not null,
    actor      text not null,
    created_at timestamptz not null default now()
);
create index site_page_revision_page on site_page_revision (page_id, locale, id desc);

create table site_region_override (
    site_id    uuid not null references site (id) on delete cascade,
    region     text not null,
    locale     text not null,
    body       text not null,
    updated_by text not null,
    updated_at timestamptz not null default now(),
    primary key (site_id, region, locale)
);

create table site_check_result (
    site_id    uuid not null references site (id) on delete cascade,
    check_name text not null,
    status     text not null,
    findings   jsonb not null default '[]',
    checked_at timestamptz not null default now(),
    primary key (site_id, check_name)
);

create table site_rollout (
    id             uuid primary key,
    blueprint_id   uuid not null references site_blueprint (id),
    target_version integer not null,
    status         text not null check (status in ('PLANNED', 'RUNNING', 'DONE', 'ROLLING_BACK', 'ROLLED_BACK')),
    created_by     text not null,
    created_at     timestamptz not null default now(),
    finished_at    timestamptz
);

create table site_rollout_site (
    rollout_id   uuid not null references site_rollout (id) on delete cascade,
    site_id      uuid not null references site (id) on delete cascade,
    from_version integer not null,
    plan         jsonb not null,
    status       text not null check (status in ('PENDING', 'UPGRADED', 'FAILED', 'ROLLED_BACK')),
    snapshot     jsonb,
    message      text,
    updated_at   timestamptz not null default now(),
    primary key (rollout_id, site_id)
);

create table site_comment (
    id          uuid primary key,
    site_id     uuid not null references site (id) on delete cascade,
    page_slug   text not null,
    locale      text not null,
    author_name text not null,
    body        text not null,
    status      text not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'HIDDEN')),
    delivered   boolean not null default false,
    created_at  timestamptz not null default now()
);
create index site_comment_page on site_comment (site_id, page_slug, locale, created_at);
create index site_comment_undelivered on site_comment (created_at) where not delivered;

create table site_comment_answer (
    id         uuid primary key,
    comment_id uuid not null references site_comment (id) on delete cascade,
    body       text not null,
    actor      text not null,
    created_at timestamptz not null default now()
);

-- Fixed windows per client address; shared by every node so the limit holds when scaled out.
create table site_comment_rate (
    client       text not null,
    window_start timestamptz not null,
    hits         integer not null,
    primary key (client, window_start)
);

-- The key that signs comment form tokens, made once per installation.
create table site_form_key (
    id  integer primary key check (id = 1),
    key bytea not null
);
