-- Routing, second part: auto-assignment per queue, hand-offs and escalations in the decision history,
-- how an assignment ended, SLA policies, collision control.

alter table routing_queue add column auto_assign boolean not null default false;

alter table routing_decision drop constraint routing_decision_step_check;
alter table routing_decision add constraint routing_decision_step_check
    check (step in ('RULE', 'COUNTRY_HELPERS', 'AGENCY', 'HUB', 'TRIAGE', 'HANDED_OFF', 'ESCALATED', 'SLA_BREACHED'));
alter table routing_decision add column actor text not null default 'system';

alter table routing_assignment add column ended_how text
    check (ended_how in ('RETURNED', 'TAKEN_OVER', 'HANDED_OFF', 'ESCALATED', 'DONE'));
-- a person's hand-off or escalation is not caused by a message
alter table routing_decision alter column message_id drop not null;
