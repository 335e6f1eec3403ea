-- Scenario tests of a flow's draft (issue 10): the JSON list the API or the editor validated. Kept
-- apart from the document so that saving the drawing never drops them; exported and imported with
-- the flow as its "scenarios" field.
create table flow_scenarios (
    flow_id    uuid                     not null,
    scenarios  text                     not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(64),
    constraint flow_scenarios_pk primary key (flow_id),
    constraint flow_scenarios_flow_fk foreign key (flow_id) references flows (id) on delete cascade
);
