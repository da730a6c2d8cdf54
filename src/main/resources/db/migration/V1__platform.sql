-- Migrations are numbered by module to keep parallel work apart:
-- V1-V9 platform, V10-V19 organisation, V20-V29 audit, V30-V39 channels, V40-V49 conversations,
-- V50-V59 analysis, V60-V69 moderation, V70-V79 routing, V80-V89 workspace, V90-V99 analytics,
-- V100-V109 sites, V110-V119 security (sign-in, API tokens).
create table if not exists platform_info (
    key   text primary key,
    value text not null
);
insert into platform_info (key, value) values ('schema_origin', 'dandelion') on conflict do nothing;
