-- Saved views also keep the inbox's work filters: a tag, who holds the conversation ('me' or a member's
-- id) and the state of its most pressing SLA timer.
alter table workspace_view add column tag text;
alter table workspace_view add column assignee text;
alter table workspace_view add column sla text check (sla in ('RUNNING', 'WARNING', 'BREACHED'));
