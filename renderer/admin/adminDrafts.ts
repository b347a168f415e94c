import type { UserRole } from '../../shared/sync/syncProtocol';

/** The server's minimum (server/auth/passwordHasher.ts); checked here so the user hears it before sending. */
export const minServerPasswordLength = 12;

export type UserDraft = {
  username: string;
  displayName: string;
  role: UserRole;
  units: string[];
  password: string;
};

export type UserDraftIssues = Partial<
  Record<'username' | 'password', 'usernameRequired' | 'passwordTooShort'>
>;

export const emptyUserDraft: UserDraft = {
  username: '',
  displayName: '',
  role: 'staff',
  units: [],
  password: '',
};

/** What the form must fix before creating a user; an empty object means it may be sent. */
export const validateUserDraft = (draft: UserDraft, isNew: boolean): UserDraftIssues => {
  const issues: UserDraftIssues = {};
  if (isNew && draft.username.trim() === '') issues.username = 'usernameRequired';
  if (isNew && draft.password.length < minServerPasswordLength) issues.password = 'passwordTooShort';
  return issues;
};

export const validateNewPassword = (password: string): 'passwordTooShort' | null =>
  password.length < minServerPasswordLength ? 'passwordTooShort' : null;

export type UnitDraftIssue = 'unitIdRequired' | 'unitIdInvalid' | null;

/** Unit ids are stored on records (owningUnit), so the server allows only a safe set of characters. */
export const validateUnitId = (id: string): UnitDraftIssue => {
  const trimmed = id.trim();
  if (trimmed === '') return 'unitIdRequired';
  return /^[\w-]+$/.test(trimmed) && trimmed.length <= 100 ? null : 'unitIdInvalid';
};
