import type { UserRole } from '../../shared/sync/syncProtocol';
import { userRoles } from '../../shared/sync/syncProtocol';
import { createUser, ensureUnits, isUserRole } from '../auth/accountStore';
import type { PasswordParameters } from '../auth/passwordHasher';
import { createPasswordHasher, maxPasswordLength, minPasswordLength } from '../auth/passwordHasher';
import { writeAudit } from '../audit/writeAudit';
import type { SqlClient } from '../db/SqlClient';
import { runMigrations } from '../db/runMigrations';

export type AddUserInput = {
  username: string;
  role: UserRole;
  units: string[];
  displayName?: string;
  password: string;
};

const flagValues = (args: readonly string[], name: string): string[] =>
  args.flatMap((arg, index) =>
    arg === `--${name}` && args[index + 1] !== undefined
      ? [args[index + 1]!]
      : arg.startsWith(`--${name}=`)
        ? [arg.slice(name.length + 3)]
        : [],
  );

/** `user add --username … --role admin --unit main [--unit …] [--display-name …]`; the password comes separately. */
export const parseAddUserArgs = (args: readonly string[], password: string): AddUserInput => {
  const username = flagValues(args, 'username')[0]?.trim() ?? '';
  const role = flagValues(args, 'role')[0] ?? '';
  const units = flagValues(args, 'unit')
    .flatMap((unit) => unit.split(','))
    .map((unit) => unit.trim())
    .filter(Boolean);
  const displayName = flagValues(args, 'display-name')[0]?.trim();
  if (!username) throw new Error('--username is required');
  if (!isUserRole(role)) throw new Error(`--role must be one of ${userRoles.join(', ')}`);
  if (role !== 'admin' && role !== 'partner' && units.length === 0) throw new Error('--unit is required');
  if (password.length < minPasswordLength || password.length > maxPasswordLength)
    throw new Error(`the password needs at least ${minPasswordLength} characters`);
  return { username, role, units, password, ...(displayName ? { displayName } : {}) };
};

/** Creates a user (the first admin, typically); units that do not exist yet are created with their id as name. */
export const addUser = async (
  sql: SqlClient,
  input: AddUserInput,
  passwordParameters?: PasswordParameters,
) => {
  await runMigrations(sql);
  const passwordHash = await createPasswordHasher(passwordParameters).hash(input.password);
  return sql.transaction(async (tx) => {
    const taken = await tx.query('select 1 from users where lower(username) = lower($1)', [input.username]);
    if (taken.length > 0) throw new Error('that username is taken');
    const now = Date.now();
    await ensureUnits(tx, input.units, now);
    const user = await createUser(
      tx,
      {
        username: input.username,
        displayName: input.displayName ?? input.username,
        role: input.role,
        units: input.units,
        passwordHash,
      },
      now,
    );
    await writeAudit(tx, { userId: null, operation: 'userCreate', detail: user.id }, now);
    return user;
  });
};
