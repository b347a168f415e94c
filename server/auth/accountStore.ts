import { randomUUID } from 'node:crypto';
import type { SessionUser, UserRole } from '../../shared/sync/syncProtocol';
import { userRoles } from '../../shared/sync/syncProtocol';
import type { SqlExecutor } from '../db/SqlClient';
import { lockFeed } from '../sync/feedLock';

type UserRow = { id: string; username: string; display_name: string; role: UserRole; units: string[] | null };

const userSelect = `select u.id, u.username, u.display_name, u.role,
  array(select unit_id from user_units uu where uu.user_id = u.id order by unit_id) as units from users u`;

const toSessionUser = (row: UserRow): SessionUser => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  units: row.units ?? [],
});

export const isUserRole = (value: unknown): value is UserRole => userRoles.includes(value as UserRole);

export const findUserById = async (sql: SqlExecutor, userId: string): Promise<SessionUser | null> => {
  const rows = await sql.query<UserRow>(`${userSelect} where u.id = $1 and not u.is_disabled`, [userId]);
  return rows[0] ? toSessionUser(rows[0]) : null;
};

export const findLoginByUsername = async (
  sql: SqlExecutor,
  username: string,
): Promise<{ user: SessionUser; passwordHash: string } | null> => {
  const rows = await sql.query<UserRow & { password_hash: string }>(
    `select x.*, p.password_hash from (${userSelect} where u.username = $1 and not u.is_disabled) x
       join users p on p.id = x.id`,
    [username],
  );
  return rows[0] ? { user: toSessionUser(rows[0]), passwordHash: rows[0].password_hash } : null;
};

export const listUsers = async (sql: SqlExecutor) =>
  (
    await sql.query<UserRow & { is_disabled: boolean }>(
      `select x.*, p.is_disabled from (${userSelect}) x join users p on p.id = x.id order by x.username`,
    )
  ).map((row) => ({ ...toSessionUser(row), isDisabled: row.is_disabled }));

export const ensureUnits = async (sql: SqlExecutor, unitIds: readonly string[], now: number) => {
  for (const unitId of unitIds)
    await sql.query(
      'insert into units (id, name, created_at) values ($1, $1, $2) on conflict (id) do nothing',
      [unitId, now],
    );
};

export type NewUser = {
  username: string;
  displayName: string;
  role: UserRole;
  units: readonly string[];
  passwordHash: string;
};

export const createUser = async (sql: SqlExecutor, user: NewUser, now: number): Promise<SessionUser> => {
  const id = randomUUID();
  await sql.query(
    `insert into users (id, username, display_name, role, password_hash, created_at) values ($1, $2, $3, $4, $5, $6)`,
    [id, user.username, user.displayName, user.role, user.passwordHash, now],
  );
  for (const unitId of user.units)
    await sql.query('insert into user_units (user_id, unit_id) values ($1, $2)', [id, unitId]);
  return {
    id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    units: [...user.units],
  };
};

/**
 * Queues a re-evaluation, for one user, of every record whose visibility may change with their
 * role or units (all records for `everything`). Their next pull then delivers records they gained
 * and scope-removal entries for records they lost.
 */
export const queueAccessReview = async (
  tx: SqlExecutor,
  userId: string,
  scope: { unitIds: readonly string[] } | 'everything',
) => {
  await lockFeed(tx);
  const unitIds = scope === 'everything' ? [] : scope.unitIds;
  await tx.query(
    `insert into access_changes (sequence, collection, record_id, user_id)
     select nextval('change_sequence'), r.collection, r.id, $1 from records r
      where $2 or r.owning_unit = any($3::text[])
         or exists (select 1 from record_shares s where s.collection = r.collection and s.record_id = r.id
                    and (s.grantee_unit = any($3::text[]) or s.grantee_user = $1))
      order by r.sequence`,
    [userId, scope === 'everything', unitIds],
  );
};

/** Changes role and units; the user's sessions stay valid but see the new scope at once. */
export const updateUserAccess = async (
  tx: SqlExecutor,
  user: SessionUser,
  change: { role?: UserRole; units?: readonly string[] },
) => {
  const role = change.role ?? user.role;
  const units = change.units ? [...new Set(change.units)] : user.units;
  if (role !== user.role) {
    await tx.query('update users set role = $2 where id = $1', [user.id, role]);
    await queueAccessReview(tx, user.id, 'everything');
  }
  if (change.units) {
    await tx.query('delete from user_units where user_id = $1', [user.id]);
    for (const unitId of units)
      await tx.query('insert into user_units (user_id, unit_id) values ($1, $2)', [user.id, unitId]);
    const changedUnits = [
      ...user.units.filter((unit) => !units.includes(unit)),
      ...units.filter((unit) => !user.units.includes(unit)),
    ];
    if (changedUnits.length > 0 && role === user.role)
      await queueAccessReview(tx, user.id, { unitIds: changedUnits });
  }
};
