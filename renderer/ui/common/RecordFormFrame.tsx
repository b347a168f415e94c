import { Alert, Box, Button, Stack } from '@mui/material';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/model';
import { useApp } from '../../app/AppContext';
import type { SaveResult } from '../../state/registerActions';
import { ConfirmDialog } from './ConfirmDialog';
import { PageHeader } from './PageHeader';
import { setUnsavedChangesGuard } from './unsavedChangesGuard';

/**
 * Save and cancel around a record form. Invalid input stays on screen with
 * messages at the fields and nothing is written; leaving with unsaved
 * changes asks first.
 */
export const RecordFormFrame = ({
  title,
  isDirty,
  onSave,
  onSaved,
  onCancel,
  onIssues,
  children,
}: {
  title: string;
  isDirty: boolean;
  onSave: () => Promise<SaveResult>;
  onSaved: (id: string) => void;
  onCancel: () => void;
  onIssues: (issues: FieldIssue[]) => void;
  children: ReactNode;
}) => {
  const { t } = useTranslation();
  const { notify } = useApp();
  const [isSaving, setSaving] = useState(false);
  const [hasIssues, setHasIssues] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // What to do once the user agrees to leave unsaved changes: cancel, or a navigation asked elsewhere.
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    setUnsavedChangesGuard((proceed) => setPendingLeave(() => proceed));
    return () => {
      window.removeEventListener('beforeunload', warn);
      setUnsavedChangesGuard(null);
    };
  }, [isDirty]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setFailure(null);
    try {
      const result = await onSave();
      if (result.isSaved) {
        notify(t('common.saved'));
        onSaved(result.id);
        return;
      }
      onIssues(result.issues);
      setHasIssues(true);
      // Take the user to the first field that needs attention.
      window.requestAnimationFrame(() => {
        const first = result.issues[0];
        const input = first ? document.querySelector<HTMLElement>(`[name="${first.path}"]`) : null;
        input?.focus();
      });
    } catch (error) {
      setFailure(t('form.saveFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ maxWidth: 960 }}>
      <Stack spacing={2}>
        <PageHeader
          title={title}
          actions={
            <>
              <Button onClick={() => (isDirty ? setPendingLeave(() => onCancel) : onCancel())}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" variant="contained" disabled={isSaving} data-testid="save-record">
                {isSaving ? t('common.saving') : t('common.save')}
              </Button>
            </>
          }
        />
        {hasIssues ? (
          <Alert severity="error" data-testid="form-error">
            {t('form.fixErrors')}
          </Alert>
        ) : null}
        {failure ? <Alert severity="error">{failure}</Alert> : null}
        {children}
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button onClick={() => (isDirty ? setPendingLeave(() => onCancel) : onCancel())}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={isSaving}>
            {isSaving ? t('common.saving') : t('common.save')}
          </Button>
        </Stack>
      </Stack>
      <ConfirmDialog
        isOpen={pendingLeave !== null}
        title={t('form.unsavedChanges')}
        text=""
        confirmLabel={t('form.leave')}
        isDestructive
        onConfirm={() => {
          const proceed = pendingLeave;
          setPendingLeave(null);
          proceed?.();
        }}
        onClose={() => setPendingLeave(null)}
      />
    </Box>
  );
};
