-- Several runtime instances share one database and one engine.

-- Which runtime instance holds a call's channel: when that instance stops or dies, the calls it
-- held are closed (by itself when it starts again, or by another instance once its lease ran out).
alter table calls add column runtime_instance varchar(64);
-- the recovery looks up the calls an instance left open
create index calls_runtime_open_ix on calls (runtime_instance, status);

-- A heartbeat per running runtime instance. A row whose heartbeat is older than the lease time
-- belongs to an instance that is gone; the first instance to delete that row takes over its calls.
create table runtime_leases (
    instance_id  varchar(64)              not null,
    started_at   timestamp with time zone not null,
    heartbeat_at timestamp with time zone not null,
    constraint runtime_leases_pk primary key (instance_id)
);

-- What has been deployed to which engine, so that restarts against an external engine deploy a
-- flow version once. (Zeebe itself only skips a resource equal to the latest version of its process.)
create table engine_deployments (
    engine         varchar(255)             not null,
    digest         varchar(64)              not null,
    process_id     varchar(128)             not null,
    definition_key bigint                   not null,
    deployed_at    timestamp with time zone not null,
    constraint engine_deployments_pk primary key (engine, digest)
);
