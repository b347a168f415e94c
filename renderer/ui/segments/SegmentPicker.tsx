import { Edit, FilterAlt } from '@mui/icons-material';
import { Button, IconButton, MenuItem, TextField, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectSegment, useSelectedSegmentId } from '../../segments/selectedSegment';
import { useSegments } from '../../segments/useSegments';
import { SegmentDialog } from './SegmentDialog';

/** Chooses the saved segment the People list shows, and opens the builder to create or edit one. */
export const SegmentPicker = () => {
  const { t } = useTranslation();
  const { segments } = useSegments();
  const selectedId = useSelectedSegmentId();
  const selected = segments.find((segment) => segment.id === selectedId);
  const [dialog, setDialog] = useState<'closed' | 'new' | 'edit'>('closed');
  return (
    <>
      <TextField
        fullWidth={false}
        select
        size="small"
        label={t('stats.segments.label')}
        value={selected ? selected.id : ''}
        onChange={(event) => selectSegment(event.target.value)}
        sx={{ minWidth: 180 }}
        slotProps={{
          select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'segment-select' } as object },
          inputLabel: { shrink: true },
        }}
      >
        <MenuItem value="">{t('stats.segments.none')}</MenuItem>
        {segments.map((segment) => (
          <MenuItem key={segment.id} value={segment.id}>
            {segment.name}
          </MenuItem>
        ))}
      </TextField>
      {selected ? (
        <Tooltip title={t('stats.segments.editSegment')}>
          <IconButton
            aria-label={t('stats.segments.editSegment')}
            onClick={() => setDialog('edit')}
            data-testid="segment-edit"
          >
            <Edit />
          </IconButton>
        </Tooltip>
      ) : null}
      <Button startIcon={<FilterAlt />} onClick={() => setDialog('new')} data-testid="segment-new">
        {t('stats.segments.newSegment')}
      </Button>
      {dialog === 'closed' ? null : (
        <SegmentDialog
          segment={dialog === 'edit' ? selected : undefined}
          onClose={(savedId) => {
            setDialog('closed');
            if (savedId !== undefined) selectSegment(savedId);
          }}
        />
      )}
    </>
  );
};
