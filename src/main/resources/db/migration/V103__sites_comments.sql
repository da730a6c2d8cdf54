-- Site comments enter the social pipeline as items of the site's channel; what moderation decides sets
-- their status (a deletion on the platform is DELETED: never shown again). author_key is a keyed hash of
-- the visitor (site, name, address), so the same visitor is one contact without storing the address.
alter table site_comment drop constraint site_comment_status_check;
alter table site_comment add constraint site_comment_status_check
    check (status in ('PENDING', 'APPROVED', 'HIDDEN', 'DELETED'));
alter table site_comment add column author_key text not null default '';
alter table site_comment add column moderated_at timestamptz;
create index site_comment_site on site_comment (site_id, created_at desc);
create index site_comment_answer_comment on site_comment_answer (comment_id, created_at);
create index site_comment_rate_window on site_comment_rate (window_start);
