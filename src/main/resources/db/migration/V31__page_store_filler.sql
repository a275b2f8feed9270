-- Which node renders the story pages missing from stored_page (web.PageStoreFiller): one at a time, so that
-- two nodes never render the same archive twice. The holder renews its lease with each batch; a node that
-- stopped or died loses it when it runs out, and another takes it.
create table page_store_filler (
    id int primary key check (id = 1),
    node text not null,
    until timestamptz not null
);
