-- Who did what, when: sign-ins, account changes and workflow moves. Append-only.
create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz  not null,
    actor       varchar(50),
    action      varchar(50)  not null,
    target      varchar(200),
    detail      varchar(1000),
    client_ip   varchar(64)
);

create index audit_event_occurred_idx on audit_event (occurred_at desc);
create index audit_event_action_idx on audit_event (action, occurred_at desc);
create index audit_event_actor_idx on audit_event (lower(actor), occurred_at desc);
create index audit_event_client_ip_idx on audit_event (client_ip, occurred_at desc) where action = 'SIGN_IN_FAILED';
