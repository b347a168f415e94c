import type {
  AdminUser,
  AuditEntry,
  RecordShare,
  RecordShareTarget,
  SessionUser,
  SyncCollection,
  Unit,
  UserRole,
} from '../../shared/sync/syncProtocol';
import type { SyncHttpClient } from '../sync/syncHttpClient';

export type NewUserRequest = {
  username: string;
  displayName: string;
  role: UserRole;
  units: string[];
  password: string;
};
export type UserChange = { displayName?: string; role?: UserRole; units?: string[]; isDisabled?: boolean };

export type AdminApi = ReturnType<typeof createAdminApi>;

/** The administration endpoints of the sync protocol, over the signed-in session's client. */
export const createAdminApi = (http: SyncHttpClient) => ({
  me: () => http.request<SessionUser>('GET', '/auth/me'),
  listUsers: () => http.request<AdminUser[]>('GET', '/admin/users'),
  createUser: (user: NewUserRequest) => http.request<SessionUser>('POST', '/admin/users', user),
  updateUser: (id: string, change: UserChange) =>
    http.request<AdminUser>('PATCH', `/admin/users/${encodeURIComponent(id)}`, change),
  resetPassword: (id: string, password: string) =>
    http.request<void>('POST', `/admin/users/${encodeURIComponent(id)}/password`, { password }),
  revokeSessions: (id: string) =>
    http.request<{ revoked: number }>('POST', `/admin/users/${encodeURIComponent(id)}/revoke-sessions`),
  listUnits: () => http.request<Unit[]>('GET', '/admin/units'),
  createUnit: (unit: { id: string; name: string }) => http.request<Unit>('POST', '/admin/units', unit),
  listShares: (collection: SyncCollection, recordId: string) =>
    http.request<RecordShare[]>('GET', `/shares?${new URLSearchParams({ collection, recordId }).toString()}`),
  grantShare: (target: RecordShareTarget) => http.request<void>('POST', '/shares', target),
  revokeShare: (target: RecordShareTarget) => http.request<void>('POST', '/shares/revoke', target),
  recordAudit: (collection: SyncCollection, recordId: string) =>
    http.request<AuditEntry[]>(
      'GET',
      `/audit?${new URLSearchParams({ collection, recordId, limit: '200' }).toString()}`,
    ),
});
