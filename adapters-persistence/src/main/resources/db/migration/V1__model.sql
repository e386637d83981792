-- Banksync's whole model (DESIGN.md section 3), laid down once so that later work adds behaviour,
-- not schema rewrites. Identifiers are application-assigned UUIDv7; amounts are numeric without a
-- fixed scale (kept exactly as the source gave them); instants are timestamptz, dates are date.
-- Every mutable row carries a version for optimistic locking (ETag / If-Match over the API).

-- Companies own bank accounts and connections; a default one exists from the first start.
create table company (
    code        varchar(20)  primary key,
    name        varchar(200) not null,
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0,
    constraint ck_company_code check (code ~ '^[A-Z0-9_-]{1,20}$')
);
insert into company (code, name) values ('DEFAULT', 'Default company');

-- The institution; shared by all companies.
create table bank (
    id          uuid         primary key,
    name        varchar(200) not null,
    bic         varchar(11),
    website     varchar(500),
    logo_url    varchar(500),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
create index ix_bank_name on bank (lower(name), id);

-- A company's consent at an aggregator for one bank (Bridge item, Plaid item).
create table bank_connection (
    id                  uuid         primary key,
    bank_id             uuid         not null references bank (id),
    company_code        varchar(20)  not null references company (code),
    provider            varchar(20)  not null,
    external_item_id    varchar(100),
    state               varchar(30)  not null,
    state_detail        varchar(1000),
    consent_expires_at  timestamptz,
    last_refresh_at     timestamptz,
    access_token_enc    bytea,        -- provider secret (Plaid access token), AES-GCM encrypted
    sync_cursor         text,         -- provider-held cursor (Plaid /transactions/sync)
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0,
    constraint ck_connection_provider check (provider in ('bridge', 'plaid')),
    constraint ck_connection_state check (state in ('OK', 'SYNC_IN_PROGRESS', 'ACTION_NEEDED',
        'CONSENT_EXPIRED', 'TEMPORARY_ERROR', 'UNSUPPORTED', 'DISCONNECTED'))
);
-- One live connection per bank and company.
create unique index ux_connection_live on bank_connection (bank_id, company_code) where state <> 'DISCONNECTED';
create unique index ux_connection_item on bank_connection (provider, external_item_id) where external_item_id is not null;

-- The aggregator's accounts of a connection, as last read: the material for linking proposals.
create table provider_account (
    id              uuid         primary key,
    connection_id   uuid         not null references bank_connection (id) on delete cascade,
    external_id     varchar(100) not null,
    name            varchar(200),
    iban            varchar(34),
    currency        char(3),
    type            varchar(40),
    balance         numeric,
    updated_at      timestamptz  not null,
    constraint ux_provider_account unique (connection_id, external_id)
);

-- A company's account at a bank, as the accounting knows it.
create table bank_account (
    id                            uuid         primary key,
    company_code                  varchar(20)  not null references company (code),
    bank_id                       uuid         not null references bank (id),
    name                          varchar(200) not null,
    iban                          varchar(34),
    currency                      char(3)      not null,
    gl_account                    varchar(100),
    provider_connection_id        uuid         references bank_connection (id),
    provider_account_external_id  varchar(255),
    sync_start_date               date,
    last_synced_at                timestamptz,
    sync_watermark                timestamptz,
    csv_mapping                   text,         -- the CSV column mapping saved for this account (JSON)
    created_at                    timestamptz  not null,
    updated_at                    timestamptz  not null,
    version                       bigint       not null default 0,
    -- An IBAN appears on at most one bank account of a company.
    constraint ux_bank_account_iban unique (company_code, iban),
    -- One provider account links to at most one bank account.
    constraint ux_bank_account_provider unique (provider_connection_id, provider_account_external_id),
    constraint ck_bank_account_link check ((provider_connection_id is null) = (provider_account_external_id is null))
);
create index ix_bank_account_bank on bank_account (bank_id);

-- The category tree: imported from an aggregator or created by a user.
create table transaction_category (
    id           uuid         primary key,
    name_fr      varchar(200),
    name_en      varchar(200),
    parent_id    uuid         references transaction_category (id),
    origin       varchar(10)  not null,
    provider     varchar(20),
    external_id  varchar(100),
    direction    varchar(4)   not null default 'BOTH',
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null default 0,
    constraint ck_category_origin check (origin in ('IMPORTED', 'MANUAL')),
    constraint ck_category_direction check (direction in ('IN', 'OUT', 'BOTH')),
    constraint ck_category_name check (coalesce(name_fr, name_en) is not null),
    constraint ck_category_ref check ((origin = 'IMPORTED') = (provider is not null and external_id is not null)),
    constraint ux_category_ref unique (provider, external_id)
);
create index ix_category_parent on transaction_category (parent_id);

-- Bank transactions. (bank account, source, external id) is the upsert key of every source; a
-- bank-side deletion is a tombstone (deleted_at), never a row delete.
create table bank_transaction (
    id                             uuid          primary key,
    bank_account_id                uuid          not null references bank_account (id),
    source                         varchar(10)   not null,
    external_id                    varchar(255)  not null,
    booking_date                   date          not null,
    value_date                     date,
    amount                         numeric       not null,
    currency                       char(3)       not null,
    description                    varchar(1000),
    raw_description                varchar(2000),
    operation_type                 varchar(40),
    provider_category_external_id  varchar(100),
    category_id                    uuid          references transaction_category (id),
    category_source                varchar(10),
    status                         varchar(10)   not null,
    deleted_at                     timestamptz,
    deleted_reason                 varchar(20),
    replaced_by                    uuid          references bank_transaction (id),
    source_updated_at              timestamptz,
    created_at                     timestamptz   not null,
    updated_at                     timestamptz   not null,
    version                        bigint        not null default 0,
    constraint ux_transaction_source unique (bank_account_id, source, external_id),
    constraint ck_transaction_source check (source in ('bridge', 'plaid', 'camt053', 'ofx', 'csv')),
    constraint ck_transaction_status check (status in ('PENDING', 'BOOKED')),
    constraint ck_transaction_category_source check (category_source in ('PROVIDER', 'USER', 'RULE')),
    constraint ck_transaction_tombstone check ((deleted_at is null) = (deleted_reason is null)),
    constraint ck_transaction_deleted_reason check (deleted_reason in ('DELETED_AT_SOURCE', 'REPLACED'))
);
-- The transaction list: newest first, keyset on (booking_date, id), live rows only.
create index ix_transaction_list on bank_transaction (booking_date desc, id desc) where deleted_at is null;
create index ix_transaction_account_list on bank_transaction (bank_account_id, booking_date desc, id desc) where deleted_at is null;
-- Incremental mirrors (updatedSince) and the sync's watermark.
create index ix_transaction_updated on bank_transaction (updated_at, id);
create index ix_transaction_account_source_updated on bank_transaction (bank_account_id, source_updated_at);
create index ix_transaction_category on bank_transaction (category_id) where category_id is not null;

-- Synchronisation runs: the history and, for QUEUED and RUNNING rows, a durable work queue.
create table sync_run (
    id                uuid          primary key,
    bank_account_id   uuid          not null references bank_account (id),
    trigger           varchar(10)   not null,
    since             date,
    state             varchar(10)   not null,
    resume_point      text,
    pages             integer       not null default 0,
    created_count     integer       not null default 0,
    updated_count     integer       not null default 0,
    deleted_count     integer       not null default 0,
    unchanged_count   integer       not null default 0,
    error_code        varchar(30),
    error_message     varchar(2000),
    error_remedy      varchar(2000),
    file_name         varchar(255),
    file_sha256       char(64),
    queued_at         timestamptz   not null,
    started_at        timestamptz,
    finished_at       timestamptz,
    lease_owner       varchar(100),
    lease_expires_at  timestamptz,
    attempts          integer       not null default 0,
    version           bigint        not null default 0,
    constraint ck_sync_run_trigger check (trigger in ('USER', 'SCHEDULE', 'WEBHOOK', 'IMPORT', 'API')),
    constraint ck_sync_run_state check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);
-- At most one QUEUED or RUNNING run per account, cluster-wide.
create unique index ux_sync_run_active on sync_run (bank_account_id) where state in ('QUEUED', 'RUNNING');
create index ix_sync_run_queue on sync_run (queued_at) where state in ('QUEUED', 'RUNNING');
create index ix_sync_run_account on sync_run (bank_account_id, queued_at desc, id desc);

-- Once-per-cluster claims of scheduled work (the daily sync): one row per job and day.
create table scheduled_job_claim (
    job         varchar(50)   not null,
    run_date    date          not null,
    claimed_by  varchar(100)  not null,
    claimed_at  timestamptz   not null,
    primary key (job, run_date)
);

-- Webhook events already handled, for de-duplication (providers redeliver).
create table webhook_event (
    provider     varchar(20)  not null,
    event_hash   char(64)     not null,
    type         varchar(60)  not null,
    received_at  timestamptz  not null,
    primary key (provider, event_hash)
);

-- Single-use, expiring contexts of the connect flow, bound to the user who started it.
create table connect_context (
    token_hash     char(64)     primary key,
    bank_id        uuid         not null references bank (id),
    company_code   varchar(20)  not null references company (code),
    provider       varchar(20)  not null,
    username       varchar(100) not null,
    connection_id  uuid         references bank_connection (id),
    created_at     timestamptz  not null,
    expires_at     timestamptz  not null,
    used_at        timestamptz
);

-- The aggregator-side user of each company (Bridge: one user per company) and its cached token.
create table provider_user (
    provider          varchar(20)   not null,
    company_code      varchar(20)   not null references company (code),
    external_user_id  varchar(128)  not null,
    user_ref          varchar(100)  not null,
    access_token_enc  bytea,
    token_expires_at  timestamptz,
    created_at        timestamptz   not null,
    primary key (provider, company_code)
);

-- Request budgets shared by every instance (Bridge: 60 per user per minute, 2,000 per app per 5 min).
create table rate_budget (
    bucket        varchar(200)  primary key,
    window_start  timestamptz   not null,
    used          integer       not null
);

-- People who sign in, with hashed passwords, and their personal API tokens (stored hashed).
create table app_user (
    username       varchar(100)  primary key,
    password_hash  varchar(500)  not null,
    roles          varchar(200)  not null,
    enabled        boolean       not null default true,
    locale         varchar(10),
    created_at     timestamptz   not null,
    version        bigint        not null default 0
);

create table api_token (
    id            uuid          primary key,
    username      varchar(100)  not null references app_user (username) on delete cascade,
    name          varchar(100)  not null,
    token_hash    char(64)      not null unique,
    prefix        varchar(16)   not null,
    created_at    timestamptz   not null,
    last_used_at  timestamptz,
    expires_at    timestamptz,
    revoked_at    timestamptz
);
create index ix_api_token_user on api_token (username);
