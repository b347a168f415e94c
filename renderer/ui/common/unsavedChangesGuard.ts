/**
 * The open form with unsaved changes, if any. Shortcuts, menu commands and the navigation go through
 * `leaveUnsavedChanges`, so leaving such a form asks first, the same as its cancel button.
 */
type Guard = (proceed: () => void) => void;

let currentGuard: Guard | null = null;

export const setUnsavedChangesGuard = (guard: Guard | null): void => {
  currentGuard = guard;
};

/** Runs `proceed` at once, or once the user has agreed to leave a form with unsaved changes. */
export const leaveUnsavedChanges = (proceed: () => void): void => {
  if (currentGuard) currentGuard(proceed);
  else proceed();
};

export const hasUnsavedChanges = (): boolean => currentGuard !== null;
