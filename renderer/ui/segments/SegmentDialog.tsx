import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxSegmentNameLength } from '../../../shared/segments/parseSegments';
import type { Segment, SegmentGroup } from '../../../shared/segments/segmentTypes';
import { useApp, useStore } from '../../app/AppContext';
import { segmentPersonIds } from '../../segments/segmentPersonIds';
import { useSegmentRecords } from '../../segments/useSegmentRecords';
import { useSegments } from '../../segments/useSegments';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { SegmentGroupEditor } from './SegmentGroupEditor';

/** Creates or edits a segment: its name and its conditions, with the live count of people it matches. */
export const SegmentDialog = ({
  segment,
  onClose,
}: {
  /** The segment to edit; a new one when undefined. */
  segment: Segment | undefined;
  onClose: (savedId?: string) => void;
}) => {
  const { t } = useTranslation();
  const { notify } = useApp();
  const store = useStore();
  const { segments, save, remove } = useSegments();
  const [name, setName] = useState(segment?.name ?? '');
  const [root, setRoot] = useState<SegmentGroup>(
    segment?.root ?? { kind: 'group', operator: 'and', children: [] },
  );
  const [isTouched, setTouched] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isConfirmingDelete, setConfirmingDelete] = useState(false);
  const records = useSegmentRecords();
  const count = useMemo(() => segmentPersonIds(store, root, records).length, [store, root, records]);
  const trimmed = name.trim();
  const nameError = !trimmed
    ? t('stats.segments.nameRequired')
    : trimmed.length > maxSegmentNameLength
      ? t('stats.segments.nameTooLong', { max: maxSegmentNameLength })
      : segments.some((item) => item.id !== segment?.id && item.name.trim() === trimmed)
        ? t('stats.segments.nameTaken')
        : null;

  const submit = async () => {
    setTouched(true);
    if (nameError) return;
    setBusy(true);
    setError(null);
    const now = Date.now();
    const next: Segment = {
      id: segment?.id ?? crypto.randomUUID(),
      name: trimmed,
      root,
      createdAt: segment?.createdAt ?? now,
      updatedAt: now,
    };
    try {
      await save(next);
      notify(t('stats.segments.saved', { name: trimmed }), 'success');
      onClose(next.id);
    } catch (saveError) {
      setError(
        t('stats.segments.saveFailed', {
          message: saveError instanceof Error ? saveError.message : String(saveError),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  const deleteNow = async () => {
    if (!segment) return;
    setBusy(true);
    try {
      await remove(segment.id);
      notify(t('stats.segments.deleted', { name: segment.name }), 'success');
      onClose('');
    } catch (deleteError) {
      setError(
        t('stats.segments.saveFailed', {
          message: deleteError instanceof Error ? deleteError.message : String(deleteError),
        }),
      );
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={() => onClose()} maxWidth="md" fullWidth aria-labelledby="segment-dialog-title">
      <DialogTitle id="segment-dialog-title">
        {segment ? t('stats.segments.dialogEdit', { name: segment.name }) : t('stats.segments.dialogNew')}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            label={t('stats.segments.name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            onBlur={() => setTouched(true)}
            error={isTouched && nameError !== null}
            helperText={isTouched ? nameError : undefined}
            slotProps={{ htmlInput: { name: 'segmentName', autoComplete: 'off', maxLength: 200 } }}
          />
          <SegmentGroupEditor group={root} onChange={setRoot} path="0" />
          <Typography role="status" data-testid="segment-match-count" data-count={count}>
            {t('stats.segments.matchCount', { count })}
          </Typography>
          {error ? <Alert severity="error">{error}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        {segment ? (
          <Button
            color="error"
            onClick={() => setConfirmingDelete(true)}
            disabled={isBusy}
            sx={{ mr: 'auto' }}
          >
            {t('stats.segments.delete')}
          </Button>
        ) : null}
        <Button onClick={() => onClose()}>{t('stats.segments.cancel')}</Button>
        <Button
          variant="contained"
          onClick={() => void submit()}
          disabled={isBusy}
          data-testid="segment-save"
        >
          {t('stats.segments.save')}
        </Button>
      </DialogActions>
      <ConfirmDialog
        isOpen={isConfirmingDelete}
        title={t('stats.segments.delete')}
        text={t('stats.segments.deleteConfirm', { name: segment?.name ?? '' })}
        confirmLabel={t('stats.segments.delete')}
        isDestructive
        onConfirm={() => void deleteNow()}
        onClose={() => setConfirmingDelete(false)}
      />
    </Dialog>
  );
};
