-- Saved views also keep the inbox's analysis filters: the intent and the sentiment band of the
-- conversation's latest message.
alter table workspace_view add column intent text check (intent in ('complaint', 'question', 'praise', 'chatter'));
alter table workspace_view add column sentiment text check (sentiment in ('NEGATIVE', 'NEUTRAL', 'POSITIVE'));
