-- The drill-down lists a period's conversations newest first (Drilldown): read from this index backwards
-- from the period's end, it stops after the page's rows instead of sorting every conversation of the period.
create index analytics_conversation_first_inbound on analytics_conversation (first_inbound_at desc nulls last);
