-- Which node made the last poll of a channel (its lease owner then): with several nodes, each poll can be
-- attributed to the one node that held the lease (bench/load.sh checks it), and an operator sees who polls what.
alter table channel add column last_polled_by text;
