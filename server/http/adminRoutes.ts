import type { FastifyInstance } from 'fastify';
import type { SessionUser, SyncCollection, UserRole } from '../../shared/sync/syncProtocol';
import { syncCollections } from '../../shared/sync/syncProtocol';
import { createUser, findUserById, isUserRole, listUsers, updateUserAccess } from '../auth/accountStore';
import { maxPasswordLength, minPasswordLength } from '../auth/passwordHasher';
import { revokeUserSessions } from '../auth/sessionStore';
import { writeAudit } from '../audit/writeAudit';
import type { SqlExecutor } from '../db/SqlClient';
import { lockFeed } from '../sync/feedLock';
import { isSyncCollection } from '../sync/recordDefinitions';
import { requireUser, userOf } from './authenticate';
import { HttpError } from './HttpError';
import type { ServerContext } from './ServerContext';

const text = (value: unknown, field: string, maxLength = 200): string => {
  if (typeof value !== 'string' || value.trim() === '' || value.length > maxLength)
    throw new HttpError(400, 'badRequest', { message: `${field} is required` });
  return value.trim();
};

const unitList = (value: unknown): string[] => {
  if (!Array.isArray(value) || value.some((unit) => typeof unit !== 'string' || unit === ''))
    throw new HttpError(400, 'badRequest', { message: 'units must be a list of unit ids' });
  return [...new Set(value as string[])];
};

const passwordOf = (value: unknown): string => {
  if (typeof value !== 'string' || value.length < minPasswordLength || value.length > maxPasswordLength)
    throw new HttpError(400, 'badRequest', {
      message: `password must have at least ${minPasswordLength} characters`,
    });
  return value;
};

const assertUnitsExist = async (sql: SqlExecutor, units: readonly string[]) => {
  const known = await sql.query('select id from units where id = any($1::text[])', [units]);
  if (known.length !== units.length) throw new HttpError(400, 'badRequest', { message: 'unknown unit' });
};

type ShareTarget = { collection: SyncCollection; recordId: string; granteeUnit: string; granteeUser: string };

const shareTargetOf = (body: unknown): ShareTarget => {
  const input = (body ?? {}) as Record<string, unknown>;
  if (!isSyncCollection(input.collection))
    throw new HttpError(400, 'badRequest', {
      message: `collection must be one of ${syncCollections.join(', ')}`,
    });
  const granteeUnit = typeof input.granteeUnit === 'string' ? input.granteeUnit : '';
  const granteeUser = typeof input.granteeUser === 'string' ? input.granteeUser : '';
  if ((granteeUnit === '') === (granteeUser === ''))
    throw new HttpError(400, 'badRequest', { message: 'give exactly one of granteeUnit and granteeUser' });
  return {
    collection: input.collection,
    recordId: text(input.recordId, 'recordId'),
    granteeUnit,
    granteeUser,
  };
};

/** Coordinators manage sharing of records their units own; admins of any record. */
const assertMayShare = async (sql: SqlExecutor, user: SessionUser, target: ShareTarget) => {
  const rows = await sql.query<{ owning_unit: string }>(
    'select owning_unit from records where collection = $1 and id = $2',
    [target.collection, target.recordId],
  );
  if (!rows[0]) throw new HttpError(404, 'notFound');
  if (user.role !== 'admin' && !user.units.includes(rows[0].owning_unit))
    throw new HttpError(403, 'outOfScope');
};

export const registerAdminRoutes = (app: FastifyInstance, context: ServerContext) => {
  const { sql, hasher } = context;
  const adminOnly = { preHandler: requireUser(context, ['admin']) };
  const sharers = { preHandler: requireUser(context, ['admin', 'coordinator']) };

  app.get('/admin/users', adminOnly, async () => listUsers(sql));

  app.post('/admin/users', adminOnly, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const username = text(body.username, 'username');
    if (!isUserRole(body.role)) throw new HttpError(400, 'badRequest', { message: 'unknown role' });
    const role: UserRole = body.role;
    const units = unitList(body.units ?? []);
    const passwordHash = await hasher.hash(passwordOf(body.password));
    const displayName =
      typeof body.displayName === 'string' && body.displayName.trim() ? body.displayName.trim() : username;
    const admin = userOf(request);
    const created = await sql.transaction(async (tx) => {
      await assertUnitsExist(tx, units);
      const taken = await tx.query('select 1 from users where lower(username) = lower($1)', [username]);
      if (taken.length > 0) throw new HttpError(409, 'badRequest', { message: 'username taken' });
      const user = await createUser(tx, { username, displayName, role, units, passwordHash }, context.now());
      await writeAudit(tx, { userId: admin.id, operation: 'userCreate', detail: user.id }, context.now());
      return user;
    });
    return reply.code(201).send(created);
  });

  app.patch('/admin/users/:id', adminOnly, async (request) => {
    const { id } = request.params as { id: string };
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (body.role !== undefined && !isUserRole(body.role))
      throw new HttpError(400, 'badRequest', { message: 'unknown role' });
    const units = body.units === undefined ? undefined : unitList(body.units);
    const admin = userOf(request);
    await sql.transaction(async (tx) => {
      const rows = await tx.query<{ id: string }>('select id from users where id = $1 for update', [id]);
      if (!rows[0]) throw new HttpError(404, 'notFound');
      if (units) await assertUnitsExist(tx, units);
      const existing = (await listUsers(tx)).find((user) => user.id === id)!;
      if (typeof body.displayName === 'string' && body.displayName.trim())
        await tx.query('update users set display_name = $2 where id = $1', [id, body.displayName.trim()]);
      if (typeof body.isDisabled === 'boolean') {
        await tx.query('update users set is_disabled = $2 where id = $1', [id, body.isDisabled]);
        if (body.isDisabled) await revokeUserSessions(tx, id, context.now());
      }
      await updateUserAccess(tx, existing, {
        ...(isUserRole(body.role) ? { role: body.role } : {}),
        ...(units ? { units } : {}),
      });
      await writeAudit(tx, { userId: admin.id, operation: 'userUpdate', detail: id }, context.now());
    });
    await context.changeHub.announce(syncCollections);
    return (await listUsers(sql)).find((user) => user.id === id);
  });

  app.post('/admin/users/:id/password', adminOnly, async (request, reply) => {
    const { id } = request.params as { id: string };
    const passwordHash = await hasher.hash(
      passwordOf((request.body as Record<string, unknown> | undefined)?.password),
    );
    const admin = userOf(request);
    await sql.transaction(async (tx) => {
      const rows = await tx.query('update users set password_hash = $2 where id = $1 returning id', [
        id,
        passwordHash,
      ]);
      if (rows.length === 0) throw new HttpError(404, 'notFound');
      // A reset is often because the password leaked: every session made with it ends too.
      await revokeUserSessions(tx, id, context.now());
      await writeAudit(tx, { userId: admin.id, operation: 'passwordReset', detail: id }, context.now());
    });
    // Wakes every open stream, which re-reads its session and closes if it was one of these.
    await context.changeHub.announce(syncCollections);
    return reply.code(204).send();
  });

  app.post('/admin/users/:id/revoke-sessions', adminOnly, async (request) => {
    const { id } = request.params as { id: string };
    const admin = userOf(request);
    const revoked = await sql.transaction(async (tx) => {
      const count = await revokeUserSessions(tx, id, context.now());
      await writeAudit(tx, { userId: admin.id, operation: 'sessionsRevoke', detail: id }, context.now());
      return count;
    });
    await context.changeHub.announce(syncCollections);
    return { revoked };
  });

  app.get('/admin/units', adminOnly, async () =>
    (await sql.query<{ id: string; name: string }>('select id, name from units order by id')).map(
      ({ id, name }) => ({
        id,
        name,
      }),
    ),
  );

  app.post('/admin/units', adminOnly, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const id = text(body.id, 'id', 100);
    if (!/^[\w-]+$/.test(id))
      throw new HttpError(400, 'badRequest', { message: 'unit id: letters, digits, - and _' });
    const name = typeof body.name === 'string' && body.name.trim() ? body.name.trim() : id;
    const admin = userOf(request);
    await sql.transaction(async (tx) => {
      const rows = await tx.query(
        'insert into units (id, name, created_at) values ($1, $2, $3) on conflict (id) do nothing returning id',
        [id, name, context.now()],
      );
      if (rows.length === 0) throw new HttpError(409, 'badRequest', { message: 'unit exists' });
      await writeAudit(tx, { userId: admin.id, operation: 'unitCreate', detail: id }, context.now());
    });
    return reply.code(201).send({ id, name });
  });

  app.get('/shares', sharers, async (request) => {
    const query = request.query as Record<string, unknown>;
    if (!isSyncCollection(query.collection))
      throw new HttpError(400, 'badRequest', { message: 'collection' });
    const target = {
      collection: query.collection,
      recordId: text(query.recordId, 'recordId'),
      granteeUnit: '',
      granteeUser: '',
    };
    await assertMayShare(sql, userOf(request), target);
    const rows = await sql.query<{ grantee_unit: string; grantee_user: string; created_at: unknown }>(
      'select grantee_unit, grantee_user, created_at from record_shares where collection = $1 and record_id = $2 order by created_at',
      [target.collection, target.recordId],
    );
    return rows.map((row) => ({
      collection: target.collection,
      recordId: target.recordId,
      granteeUnit: row.grantee_unit || undefined,
      granteeUser: row.grantee_user || undefined,
      createdAt: Number(row.created_at),
    }));
  });

  const changeShare = async (user: SessionUser, target: ShareTarget, isGrant: boolean) => {
    await sql.transaction(async (tx) => {
      await assertMayShare(tx, user, target);
      if (target.granteeUnit) await assertUnitsExist(tx, [target.granteeUnit]);
      if (target.granteeUser && !(await findUserById(tx, target.granteeUser)))
        throw new HttpError(400, 'badRequest', { message: 'unknown user' });
      await lockFeed(tx);
      const changed = isGrant
        ? await tx.query(
            `insert into record_shares (collection, record_id, grantee_unit, grantee_user, created_at, created_by)
             values ($1, $2, $3, $4, $5, $6) on conflict do nothing returning 1`,
            [
              target.collection,
              target.recordId,
              target.granteeUnit,
              target.granteeUser,
              context.now(),
              user.id,
            ],
          )
        : await tx.query(
            `delete from record_shares where collection = $1 and record_id = $2 and grantee_unit = $3 and grantee_user = $4 returning 1`,
            [target.collection, target.recordId, target.granteeUnit, target.granteeUser],
          );
      if (changed.length === 0) return;
      await tx.query(
        `insert into access_changes (sequence, collection, record_id, unit_id, user_id)
         values (nextval('change_sequence'), $1, $2, $3, $4)`,
        [target.collection, target.recordId, target.granteeUnit, target.granteeUser],
      );
      await writeAudit(
        tx,
        {
          userId: user.id,
          operation: isGrant ? 'shareGrant' : 'shareRevoke',
          collection: target.collection,
          recordIds: [target.recordId],
          detail: target.granteeUnit ? `unit:${target.granteeUnit}` : `user:${target.granteeUser}`,
        },
        context.now(),
      );
    });
    await context.changeHub.announce([target.collection]);
  };

  app.post('/shares', sharers, async (request, reply) => {
    await changeShare(userOf(request), shareTargetOf(request.body), true);
    return reply.code(204).send();
  });

  app.post('/shares/revoke', sharers, async (request, reply) => {
    await changeShare(userOf(request), shareTargetOf(request.body), false);
    return reply.code(204).send();
  });
};
