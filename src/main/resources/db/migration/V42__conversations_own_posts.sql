-- The organisation's own public posts are few among the messages: a small partial index finds a unit's
-- latest ones (for its website's social feed) without reading its conversations' comments.
create index message_own_posts on message (created_at desc) where kind = 'POST' and direction = 'OUTBOUND';
