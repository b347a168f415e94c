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

export const syncCollections = [
  'people',
  'organisations',
  'affiliations',
  'consentEvents',
  'marketingBans',
  'contactLists',
  'listMemberships',
  'events',
  'registrations',
  'activities',
  'relations',
  'rightsRequests',
  'erasureMarkers',
  'accessEntries',
  'tags',
  'categories',
  'registerConfigs',
] as const;
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
  /**
   * Optional addition (server): set on a pulled or streamed entry that says "you may no longer see
   * this record" (a share was revoked, the record moved to another unit, you left a unit, your role
   * changed). It is shaped like a tombstone — every field present and blank, `_deleted: true` — and
   * carries no value of the record. A client removes the record locally (and its unsynced edits,
   * which the server would refuse with 403 outOfScope) instead of treating it as a user's deletion,
   * and never pushes it back. If access returns later, the full record arrives again in the feed.
   */
  scopeRemoved?: boolean;
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
export type PushRequest = {
  requestId: string;
  rows: PushRow[];
  /**
   * Optional addition (client): `perDocument` asks for refusals per row (see PushResponse.refusals).
   * Without it the server answers as it always has — a row that fails validation refuses the whole
   * push with 400, a row out of scope with 403 — so an older client never takes a refused row for a
   * written one.
   */
  refusalMode?: 'perDocument';
};

export const pushRefusalReasons = ['invalid', 'outOfScope', 'forbidden'] as const;
export type PushRefusalReason = (typeof pushRefusalReasons)[number];

/**
 * A row the server would not write (nothing of it is stored). `row` is its index in the request.
 * `status` is what the whole push would have answered: 400 for `invalid` (with the validation paths
 * and codes, never values), 403 for `outOfScope` and `forbidden`. An out-of-scope row names only its
 * id and the reason: nothing of a record the user may not see comes back.
 */
export type PushRefusal = {
  row: number;
  id: string;
  status: 400 | 403;
  reason: PushRefusalReason;
  issues?: { path: string; code: string }[];
};

/**
 * Optional addition (server): `refusals` is present when the request asked for `perDocument`; the
 * rows neither refused nor in conflict were written, all in one transaction.
 */
export type PushResponse = { conflicts: WireDocument[]; refusals?: PushRefusal[] };

/**
 * Optional addition (server): GET `${apiBasePath}/sync/:collection/documents/:id` answers one record's
 * current master (a WireDocument), or 404 `notFound` when it does not exist or is outside the user's
 * scope — alike, so the answer reveals nothing. Audited as a pull. A client uses it to replace a local
 * change the server refused by the server's version.
 */

/**
 * GET `${apiBasePath}/sync/:collection/stream` as Server-Sent Events; each `data:` line is JSON.
 * 'RESYNC' tells the client to pull from its checkpoint (sent on connect and after gaps).
 *
 * Optional additions (server): RESYNC travels JSON-encoded like every event (`data: "RESYNC"`);
 * comment lines (`: heartbeat`) keep proxies from closing an idle stream. `?sequence=<n>` starts the
 * stream after that checkpoint (default: the newest committed change). A browser EventSource cannot
 * set headers, so the stream (and every API route) also accepts `?access_token=<token>` and
 * `?clientVersion=<version>`; the server never logs query strings.
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
/**
 * Every non-2xx answer; clients translate `error`, `message` is for logs only.
 * Optional additions (server): a push refused as invalid (400) lists `issues` — row index in the
 * request, field path and validation code (an i18n key under `validation.*`), never values; a 426
 * names the `minVersion` the server accepts.
 */
export type ApiError = {
  error: ApiErrorCode;
  message?: string;
  issues?: { row: number; path: string; code: string }[];
  minVersion?: string;
};

/*
 * Optional additions (server): administration, for an admin view to come. All under apiBasePath,
 * bearer token, JSON. Admin only unless noted.
 *
 * GET  /admin/users                      → AdminUser[]
 * POST /admin/users                      { username, displayName?, role, units, password } → 201 SessionUser
 * PATCH /admin/users/:id                 { displayName?, role?, units?, isDisabled? } → AdminUser
 * POST /admin/users/:id/password         { password } → 204 (also ends the user's sessions)
 * POST /admin/users/:id/revoke-sessions  → { revoked: number }
 * GET  /admin/units                      → Unit[];  POST /admin/units { id, name? } → 201 Unit
 * GET  /shares?collection=&recordId=     → RecordShare[]   (admin, or coordinator of the owning unit)
 * POST /shares                           RecordShareTarget → 204 (same roles)
 * POST /shares/revoke                    RecordShareTarget → 204 (same roles)
 * GET  /audit?collection=&recordId=&userId=&limit= → AuditEntry[] (newest first)
 */
export type AdminUser = SessionUser & { isDisabled: boolean };
export type Unit = { id: string; name: string };
/** Exactly one of granteeUnit and granteeUser. */
export type RecordShareTarget = {
  collection: SyncCollection;
  recordId: string;
  granteeUnit?: string;
  granteeUser?: string;
};
export type RecordShare = RecordShareTarget & { createdAt: number };
export type AuditEntry = {
  id: number;
  at: number;
  userId: string | null;
  operation: string;
  collection: string | null;
  /** Asked about one record, only that id; `recordCount` says how many the entry covered. */
  recordIds: string[];
  recordCount: number;
  detail: string | null;
};

/**
 * POST `${apiBasePath}/rights/erase` (admin, or coordinator of every record's owning unit): a data
 * subject's erasure. Each listed record still live becomes a blank tombstone (synced to every client),
 * stored push answers lose their copies of it, and one audit entry lists the ids. A record the server
 * has not received yet counts as notFound (its own push will arrive as a tombstone).
 */
export type ErasureRequest = { records: { collection: SyncCollection; id: string }[] };
export type ErasureResponse = {
  erased: number;
  alreadyDeleted: number;
  notFound: number;
  scrubbedAnswers: number;
};
