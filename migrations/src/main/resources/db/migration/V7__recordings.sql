-- Recordings made by record nodes. The application keeps the audio itself (a WAV file, 8 kHz mono
-- 16-bit as Asterisk records it: about 1 MB a minute), fetched from the telephony once the recording
-- finished, so every runtime instance can serve it and backups include it.
create table recordings (
    id          uuid                     not null,
    -- no foreign key to calls: the call record is written by the journal in the background and
    -- may land after a short recording; recordings are listed per call through this column
    call_id     uuid                     not null,
    node_id     varchar(64)              not null,
    duration_ms bigint                   not null,
    end_reason  varchar(16)              not null,
    size_bytes  integer                  not null,
    audio       bytea                    not null,
    created_at  timestamp with time zone not null,
    constraint recordings_pk primary key (id),
    constraint recordings_duration_ck check (duration_ms >= 0),
    constraint recordings_end_reason_ck check (end_reason in
        ('max_duration', 'silence', 'finish_key', 'stopped', 'hangup'))
);

create index recordings_created_ix on recordings (created_at desc, id);
create index recordings_call_ix on recordings (call_id, created_at desc);
