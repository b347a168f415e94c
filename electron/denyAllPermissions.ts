import type { Session } from 'electron';

/**
 * A contact register needs no camera, microphone, location, notifications, MIDI, HID…: every
 * permission request is refused and every permission check answers "no".
 */
export const denyAllPermissions = (
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void => {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
};
