import { describe, expect, it } from 'vitest';
import {
  emptyUserDraft,
  minServerPasswordLength,
  validateNewPassword,
  validateUnitId,
  validateUserDraft,
} from '../../../../renderer/admin/adminDrafts';

describe('user drafts', () => {
  it('needs a username and a password of the server’s minimum length for a new user', () => {
    expect(validateUserDraft(emptyUserDraft, true)).toEqual({
      username: 'usernameRequired',
      password: 'passwordTooShort',
    });
    expect(validateUserDraft({ ...emptyUserDraft, username: '   ', password: 'x'.repeat(12) }, true)).toEqual(
      {
        username: 'usernameRequired',
      },
    );
    expect(
      validateUserDraft(
        { ...emptyUserDraft, username: 'sanna', password: 'x'.repeat(minServerPasswordLength) },
        true,
      ),
    ).toEqual({});
  });

  it('asks for neither when editing (username fixed, password reset separately)', () => {
    expect(validateUserDraft(emptyUserDraft, false)).toEqual({});
  });

  it('checks a reset password against the same minimum', () => {
    expect(validateNewPassword('x'.repeat(minServerPasswordLength - 1))).toBe('passwordTooShort');
    expect(validateNewPassword('x'.repeat(minServerPasswordLength))).toBeNull();
  });
});

describe('unit ids', () => {
  it.each([
    ['', 'unitIdRequired'],
    ['  ', 'unitIdRequired'],
    ['main', null],
    [' tki-2 ', null],
    ['sote_ja_hyvinvointi', null],
    ['with space', 'unitIdInvalid'],
    ['ääkköset', 'unitIdInvalid'],
    ['a/b', 'unitIdInvalid'],
    ['x'.repeat(101), 'unitIdInvalid'],
  ])('%j → %s', (id, issue) => {
    expect(validateUnitId(id)).toBe(issue);
  });
});
