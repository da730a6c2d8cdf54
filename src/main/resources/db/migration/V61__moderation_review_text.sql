-- The text a review item was opened on, kept with it: it is what the moderator decides on, and part of
-- the statement of reasons even if the message later changes or goes on the platform.
alter table moderation_review add column text text not null default '';
