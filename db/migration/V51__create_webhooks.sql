-- Webhook endpoints: a URL, the events it wants, and its signing secret (Standard Webhooks,
-- "whsec_" + base64). The secret must be kept to sign, so it is stored; it is shown once.
create table webhook_endpoint (
    id                   bigserial     primary key,
    url                  varchar(2000) not null,
    description          varchar(200),
    secret               varchar(100)  not null,
    events               varchar(1000) not null,
    enabled              boolean       not null default true,
    disabled_reason      varchar(500),
    disabled_at          timestamptz,
    created_at           timestamptz   not null,
    created_by           bigint        references app_user (id)
);

-- The outbox: one row per event, written in the same transaction as the change it reports.
create table webhook_event (
    id         bigserial    primary key,
    message_id varchar(40)  not null unique,
    type       varchar(40)  not null,
    payload    text         not null,
    created_at timestamptz  not null
);

-- One row per event and endpoint. The worker claims due rows with FOR UPDATE SKIP LOCKED and a
-- lease, so several instances never send the same delivery at once, and a crashed one's claim
-- runs out and the delivery is retried.
create table webhook_delivery (
    id               bigserial    primary key,
    endpoint_id      bigint       not null references webhook_endpoint (id) on delete cascade,
    event_id         bigint       not null references webhook_event (id) on delete cascade,
    status           varchar(10)  not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         int          not null default 0,
    next_attempt_at  timestamptz  not null,
    lease_until      timestamptz,
    last_attempt_at  timestamptz,
    response_code    int,
    duration_ms      int,
    last_error       varchar(500),
    created_at       timestamptz  not null,
    delivered_at     timestamptz
);

create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_endpoint_idx on webhook_delivery (endpoint_id, created_at desc);
create index webhook_delivery_event_idx on webhook_delivery (event_id);
