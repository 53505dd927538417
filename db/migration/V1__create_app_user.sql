-- Desk accounts. Readers are anonymous and have no row here.
create table app_user (
    id                   bigserial primary key,
    username             varchar(50)  not null,
    display_name         varchar(100) not null,
    email                varchar(254),
    password_hash        varchar(200) not null,
    role                 varchar(20)  not null check (role in ('REPORTER', 'EDITOR', 'ADMIN')),
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    created_at           timestamptz  not null,
    last_sign_in_at      timestamptz,
    version              bigint       not null default 0
);

-- Usernames are unique whatever their case: "Admin" and "admin" are the same account.
create unique index app_user_username_key on app_user (lower(username));
create unique index app_user_email_key on app_user (lower(email)) where email is not null;
