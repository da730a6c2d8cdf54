-- A note Dandelion writes itself (an SLA notice) keeps the message key and arguments of its text, so that each
-- reader sees it in their own interface language; body keeps the English text (audit trail, fallback).
alter table workspace_note
    add column text_key  text,
    add column text_args text[];
