-- Routing follows whole-account lending: a conversation on a lent account goes to the borrowing team.
alter table routing_decision drop constraint routing_decision_step_check;
alter table routing_decision add constraint routing_decision_step_check
    check (step in ('RULE', 'COUNTRY_HELPERS', 'AGENCY', 'HUB', 'TRIAGE', 'HANDED_OFF', 'ESCALATED', 'SLA_BREACHED',
                    'LENT_CHANNEL'));
