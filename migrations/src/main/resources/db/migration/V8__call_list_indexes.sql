-- The Calls screen pages through a million calls by keyset: newest first by (tm_create, id), each
-- page continuing after the last row of the previous one. Ending every index with id lets the
-- database walk the index in the list's exact order, ties included, and stop after one page,
-- whichever page it is. These replace V1's list indexes, which ended at tm_create.
drop index calls_tm_create_ix;
drop index calls_destination_ix;
drop index calls_flow_ix;
drop index calls_status_ix;

create index calls_list_ix on calls (tm_create desc, id desc);
create index calls_destination_list_ix on calls (destination, tm_create desc, id desc);
create index calls_source_list_ix on calls (source, tm_create desc, id desc);
create index calls_flow_list_ix on calls (flow_id, tm_create desc, id desc);
create index calls_status_list_ix on calls (status, tm_create desc, id desc);
