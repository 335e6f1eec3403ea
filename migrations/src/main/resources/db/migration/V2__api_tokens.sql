-- API tokens: long-lived bearer credentials for scripts and integrations.
-- Only a SHA-256 digest of the secret is kept. The secret is 256 random bits, so a fast digest is as
-- good as a slow password hash here (nobody can guess it), and it lets a request be authenticated with
-- one indexed lookup instead of a password hash.
-- A token acts as at most its creator's current role; created_by is the creator's username.

create table api_tokens (
    id           uuid                     not null,
    name         varchar(100)             not null,
    role         varchar(16)              not null,
    token_hash   varchar(64)              not null,
    created_by   varchar(64)              not null,
    created_at   timestamp with time zone not null,
    -- updated at most once a minute per token, so that using a token is not a write per request
    last_used_at timestamp with time zone,
    expires_at   timestamp with time zone,
    constraint api_tokens_pk primary key (id),
    constraint api_tokens_hash_uk unique (token_hash),
    constraint api_tokens_creator_fk foreign key (created_by) references users (username) on delete cascade,
    constraint api_tokens_role_ck check (role in ('ADMIN', 'EDITOR', 'VIEWER'))
);

create index api_tokens_created_by_ix on api_tokens (created_by);
