/**
 * The wire protocol between Kontakt clients and the company server. Both sides import
 * these types, so a change here is a protocol change: bump syncProtocolVersion and the
 * path prefix together, and keep the previous version served until clients have moved.
 *
 * Shape follows RxDB's HTTP replication: pull by checkpoint, push rows of
 * { newDocumentState, assumedMasterState } answered with conflicts, and a live stream.
 */

export const syncProtocolVersion = 1;
/** Every endpoint lives under this prefix; an outdated client gets 426 from any of them. */
export const apiBasePath = `/api/v${syncProtocolVersion}`;
/** Sent by every client request; the server answers 426 with `clientOutdated` when it is too old. */
export const clientVersionHeader = 'x-kontakt-client-version';

export const syncCollections = ['people', 'organisations', 'affiliations'] as const;
export type SyncCollection = (typeof syncCollections)[number];

/**
 * A record as it travels: the decrypted document of the record model plus RxDB's
 * deletion flag. The server sets `updatedAt` (and `createdAt` on first write); client
 * clocks never order anything.
 */
export type WireDocument = {
  id: string;
  updatedAt: number;
  _deleted: boolean;
  [field: string]: unknown;
};

/** Server-assigned, commit-ordered position in a collection's change feed. */
export type SyncCheckpoint = { sequence: number };

/** GET `${apiBasePath}/sync/:collection/pull?sequence=<n>&limit=<n>` (no sequence: from the start). */
export type PullResponse = { documents: WireDocument[]; checkpoint: SyncCheckpoint | null };

export type PushRow = { newDocumentState: WireDocument; assumedMasterState?: WireDocument };
/**
 * POST `${apiBasePath}/sync/:collection/push`. `requestId` makes a retried push idempotent.
 * The answer lists the current master state of every row whose assumedMasterState did not
 * match; rows without a conflict are written in one transaction with their audit entries.
 */
export type PushRequest = { requestId: string; rows: PushRow[] };
export type PushResponse = { conflicts: WireDocument[] };

/**
 * GET `${apiBasePath}/sync/:collection/stream` as Server-Sent Events; each `data:` line is JSON.
 * 'RESYNC' tells the client to pull from its checkpoint (sent on connect and after gaps).
 */
export type StreamEvent = { documents: WireDocument[]; checkpoint: SyncCheckpoint } | 'RESYNC';

export const userRoles = ['admin', 'coordinator', 'staff', 'partner'] as const;
export type UserRole = (typeof userRoles)[number];

export type SessionUser = {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  /** Units (teams) the user belongs to; a record's owningUnit is one of these ids. */
  units: string[];
};

/** POST `${apiBasePath}/auth/login`. */
export type LoginRequest = { username: string; password: string };
/** An opaque bearer token: `Authorization: Bearer <token>`. */
export type LoginResponse = { token: string; expiresAt: number; user: SessionUser };
/** POST `${apiBasePath}/auth/logout` revokes the calling token; GET `${apiBasePath}/auth/me` returns SessionUser. */

export const apiErrorCodes = [
  'badRequest',
  'unauthorized',
  'forbidden',
  'notFound',
  'invalidCredentials',
  'tooManyAttempts',
  'clientOutdated',
  'outOfScope',
  'serverError',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];
/** Every non-2xx answer; clients translate `error`, `message` is for logs only. */
export type ApiError = { error: ApiErrorCode; message?: string };
