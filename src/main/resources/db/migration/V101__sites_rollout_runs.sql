-- Who started and who rolled back a rollout (the actor of the per-site audit entries, also after a
-- restart resumes it), and at most one running rollout per blueprint, across every node.
alter table site_rollout add column started_by text;
alter table site_rollout add column started_at timestamptz;
alter table site_rollout add column rolled_back_by text;
create unique index site_rollout_one_active on site_rollout (blueprint_id) where status in ('RUNNING', 'ROLLING_BACK');
create index site_rollout_site_site on site_rollout_site (site_id);
