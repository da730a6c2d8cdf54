-- An SLA policy may apply to one account (channel) only; at most one policy per unit, account, platform
-- and priority.
alter table sla_policy add column channel_id uuid;
drop index sla_policy_scope;
create unique index sla_policy_scope on sla_policy (unit_id, coalesce(channel_id, '00000000-0000-0000-0000-000000000000'::uuid),
    coalesce(platform, ''), coalesce(priority, 0));
