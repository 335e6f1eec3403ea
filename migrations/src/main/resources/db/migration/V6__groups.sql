-- Saved groups of destinations that a groupcall rings. ("groups" is reserved in H2, hence call_groups.)
create table call_groups (
    id              uuid                     not null,
    name            varchar(100)             not null,
    ring_method     varchar(16)              not null,
    dial_timeout_ms integer                  not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint call_groups_pk primary key (id),
    constraint call_groups_name_uk unique (name),
    constraint call_groups_ring_method_ck check (ring_method in ('ring_all', 'linear')),
    constraint call_groups_dial_timeout_ck check (dial_timeout_ms > 0)
);

-- A group's destinations in ring order. A member group is a foreign key without cascade, so the
-- database itself refuses to delete a group another group still contains.
create table call_group_destinations (
    group_id        uuid         not null,
    position        integer      not null,
    kind            varchar(16)  not null,
    target          varchar(255),
    member_group_id uuid,
    constraint call_group_destinations_pk primary key (group_id, position),
    constraint call_group_destinations_group_fk foreign key (group_id)
        references call_groups (id) on delete cascade,
    constraint call_group_destinations_member_fk foreign key (member_group_id)
        references call_groups (id),
    constraint call_group_destinations_kind_ck check (kind in ('tel', 'endpoint', 'group')),
    constraint call_group_destinations_target_ck check (
        (kind = 'group' and member_group_id is not null and target is null)
        or (kind <> 'group' and member_group_id is null and target is not null))
);
create index call_group_destinations_member_ix on call_group_destinations (member_group_id);
