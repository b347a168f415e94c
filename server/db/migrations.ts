/**
 * Versioned schema changes, applied in order at start, each in its own transaction.
 * Never edit a migration that has shipped: add a new one.
 */
export type Migration = { version: number; name: string; sql: string };

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts, records, sharing, audit',
    sql: `
create table units (
  id text primary key,
  name text not null,
  created_at bigint not null
);

create table users (
  id text primary key,
  username text not null unique,
  display_name text not null,
  role text not null check (role in ('admin', 'coordinator', 'staff', 'partner')),
  -- argon2id PHC string: algorithm, version and parameters travel with the hash.
  password_hash text not null,
  is_disabled boolean not null default false,
  created_at bigint not null
);

create table user_units (
  user_id text not null references users(id),
  unit_id text not null references units(id),
  primary key (user_id, unit_id)
);

create table sessions (
  token_hash text primary key,
  user_id text not null references users(id),
  created_at bigint not null,
  last_used_at bigint not null,
  expires_at bigint not null,
  absolute_expires_at bigint not null,
  revoked_at bigint
);
create index sessions_user on sessions (user_id);

-- One commit-ordered feed for records and access changes; see "Company server" in ARCHITECTURE.md.
create sequence change_sequence;

create table records (
  collection text not null,
  id text not null,
  sequence bigint not null,
  owning_unit text not null,
  is_deleted boolean not null,
  content_hash text not null,
  created_at bigint not null,
  updated_at bigint not null,
  document jsonb not null,
  primary key (collection, id)
);
create index records_feed on records (collection, sequence);
create index records_unit on records (collection, owning_unit);

create table record_shares (
  collection text not null,
  record_id text not null,
  grantee_unit text not null default '',
  grantee_user text not null default '',
  created_at bigint not null,
  created_by text not null,
  check ((grantee_unit = '') <> (grantee_user = '')),
  primary key (collection, record_id, grantee_unit, grantee_user)
);
create index record_shares_unit on record_shares (grantee_unit) where grantee_unit <> '';
create index record_shares_user on record_shares (grantee_user) where grantee_user <> '';

-- A record's audience changed for a unit or a user: the next pull re-evaluates it for them.
create table access_changes (
  sequence bigint primary key,
  collection text not null,
  record_id text not null,
  unit_id text not null default '',
  user_id text not null default ''
);
create index access_changes_feed on access_changes (collection, sequence);

create table push_requests (
  user_id text not null,
  request_id text not null,
  collection text not null,
  status_code integer not null,
  response jsonb not null,
  created_at bigint not null,
  primary key (user_id, request_id)
);

create table audit_log (
  id bigserial primary key,
  at bigint not null,
  user_id text,
  operation text not null,
  collection text,
  record_ids text[] not null default '{}',
  detail text
);
create index audit_log_records on audit_log using gin (record_ids);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_is_append_only();
`,
  },
];
