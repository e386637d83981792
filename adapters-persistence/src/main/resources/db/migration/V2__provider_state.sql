-- What aggregator adapters remember, opaque to the core (ProviderStateStore): Plaid's per-item access
-- tokens (encrypted: value_enc, AES-GCM bound to provider and key), its cursors and id aliases (value).
create table provider_state (
    provider    varchar(20)  not null,
    state_key   varchar(300) not null,
    value       text,
    value_enc   bytea,
    updated_at  timestamptz  not null,
    primary key (provider, state_key),
    constraint ck_provider_state_provider check (provider in ('bridge', 'plaid')),
    constraint ck_provider_state_one_value check ((value is null) <> (value_enc is null))
);
