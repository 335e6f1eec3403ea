-- Dialtone schema, version 1.
-- Portable on purpose: this file runs unchanged on H2 (embedded default) and PostgreSQL (production).
-- Identifiers are unquoted lower case and avoid words either database reserves, so that H2 (folds to
-- upper case) and PostgreSQL (folds to lower case) both accept the same unquoted SQL from jOOQ.
-- Enumerations are varchar + CHECK rather than native enum types, which H2 and PostgreSQL spell differently.

create table users (
    id            uuid                     not null,
    username      varchar(64)              not null,
    password_hash varchar(255)             not null,
    role          varchar(16)              not null,
    enabled       boolean                  not null,
    created_at    timestamp with time zone not null,
    constraint users_pk primary key (id),
    constraint users_username_uk unique (username),
    constraint users_role_ck check (role in ('ADMIN', 'EDITOR', 'VIEWER'))
);

create table flows (
    id         uuid                     not null,
    name       varchar(200)             not null,
    document   text                     not null,
    -- optimistic lock: every successful update increments it; writers send the revision they read
    revision   integer                  not null,
    created_at timestamp with time zone not null,
    created_by varchar(64),
    updated_at timestamp with time zone not null,
    updated_by varchar(64),
    constraint flows_pk primary key (id),
    constraint flows_revision_ck check (revision >= 1)
);

create table flow_versions (
    flow_id      uuid                     not null,
    version      integer                  not null,
    document     text                     not null,
    bpmn         text                     not null,
    published_at timestamp with time zone not null,
    published_by varchar(64),
    -- the primary key is what makes concurrent publishes safe: two writers computing the same next
    -- version cannot both insert it
    constraint flow_versions_pk primary key (flow_id, version),
    constraint flow_versions_flow_fk foreign key (flow_id) references flows (id) on delete cascade,
    constraint flow_versions_version_ck check (version >= 1)
);

create table numbers (
    number     varchar(16)              not null,
    -- no cascade: a flow that still has numbers must not be deleted (calls would hit a dead route)
    flow_id    uuid,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint numbers_pk primary key (number),
    constraint numbers_flow_fk foreign key (flow_id) references flows (id),
    -- E.164: '+', then 2 to 15 digits, the first not 0. Written without regular expressions, which H2
    -- and PostgreSQL spell differently: turning every digit into '0' must leave only zeros. (Not
    -- translate(…, '') = '': H2 keeps characters that have no replacement, PostgreSQL deletes them.)
    constraint numbers_e164_ck check (
        number like '+%'
        and char_length(number) between 3 and 16
        and substring(number from 2 for 1) <> '0'
        and translate(substring(number from 2), '0123456789', '0000000000') = repeat('0', char_length(number) - 1))
);

create index numbers_flow_ix on numbers (flow_id);

create table calls (
    id                   uuid                     not null,
    -- no foreign key to flows: call history outlives the flows that handled it
    flow_id              uuid,
    flow_version         integer,
    revision             varchar(16)              not null,
    direction            varchar(16)              not null,
    source               varchar(64),
    destination          varchar(64),
    status               varchar(16)              not null,
    hangup_reason        varchar(16),
    hangup_by            varchar(16),
    reject_reason        varchar(255),
    master_call_id       uuid,
    process_instance_key bigint,
    tm_create            timestamp with time zone not null,
    tm_ringing           timestamp with time zone,
    tm_progressing       timestamp with time zone,
    tm_hangup            timestamp with time zone,
    tm_update            timestamp with time zone not null,
    constraint calls_pk primary key (id),
    constraint calls_revision_ck check (revision in ('published', 'draft')),
    constraint calls_direction_ck check (direction in ('incoming', 'outgoing')),
    constraint calls_status_ck check (status in
        ('dialing', 'ringing', 'progressing', 'terminating', 'canceling', 'hangup')),
    constraint calls_hangup_reason_ck check (hangup_reason in
        ('normal', 'failed', 'busy', 'cancel', 'timeout', 'noanswer', 'dialout')),
    constraint calls_hangup_by_ck check (hangup_by in ('local', 'remote'))
);

-- The call list is filtered by one of these columns and always shown newest first.
create index calls_tm_create_ix on calls (tm_create desc);
create index calls_destination_ix on calls (destination, tm_create desc);
create index calls_flow_ix on calls (flow_id, tm_create desc);
create index calls_status_ix on calls (status, tm_create desc);
-- a master's hang-up looks up its chained calls
create index calls_master_ix on calls (master_call_id);

-- The transcript: what was said, played and typed, in order.
create table call_events (
    call_id uuid                     not null,
    seq     integer                  not null,
    at      timestamp with time zone not null,
    type    varchar(16)              not null,
    node_id varchar(64),
    content text,
    constraint call_events_pk primary key (call_id, seq),
    -- type (talk, play, digits, hangup, …) has no CHECK: new node types add event kinds without a migration
    constraint call_events_call_fk foreign key (call_id) references calls (id) on delete cascade
);

-- The trace: every executed node, which the UI replays on the canvas.
create table call_steps (
    call_id    uuid                     not null,
    seq        integer                  not null,
    node_id    varchar(64)              not null,
    node_type  varchar(32)              not null,
    started_at timestamp with time zone not null,
    ended_at   timestamp with time zone,
    outcome    varchar(64),
    constraint call_steps_pk primary key (call_id, seq),
    constraint call_steps_call_fk foreign key (call_id) references calls (id) on delete cascade
);
