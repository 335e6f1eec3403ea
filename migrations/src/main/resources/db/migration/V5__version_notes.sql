-- Version history: an optional note typed at publish ("why this version"), shown in History.
alter table flow_versions add column note varchar(500);

-- History counts the calls of each version of a flow, and publishing counts the ones still live:
-- both group a flow's calls by version, which this index answers without reading the rows.
create index calls_flow_version_ix on calls (flow_id, flow_version, status);
