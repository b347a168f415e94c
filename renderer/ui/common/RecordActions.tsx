import { Archive, DeleteForever, Edit, Unarchive } from '@mui/icons-material';
import { Alert, Button } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordStatus } from '../../../shared/model';
import { useApp } from '../../app/AppContext';
import { ConfirmDialog } from './ConfirmDialog';

/** Edit, passivate/reactivate and permanent delete, the same on every record page. */
export const RecordActions = ({
  name,
  status,
  onEdit,
  onSetStatus,
  onDelete,
  isReadOnly = false,
}: {
  name: string;
  status: RecordStatus;
  /** Everything disabled (a restricted person); the page says why. */
  isReadOnly?: boolean;
  onEdit: () => void;
  onSetStatus: (status: RecordStatus) => Promise<void>;
  onDelete: () => Promise<void>;
}) => {
  const { t } = useTranslation();
  const { notify } = useApp();
  const [dialog, setDialog] = useState<'passivate' | 'delete' | null>(null);
  const isPassive = status === 'passive';
  return (
    <>
      <Button
        startIcon={<Edit />}
        variant="contained"
        onClick={onEdit}
        disabled={isPassive || isReadOnly}
        data-testid="edit-record"
      >
        {t('common.edit')}
      </Button>
      {isPassive ? (
        <Button
          startIcon={<Unarchive />}
          variant="outlined"
          disabled={isReadOnly}
          data-testid="reactivate-record"
          onClick={async () => {
            await onSetStatus('active');
            notify(t('detail.reactivated'));
          }}
        >
          {t('detail.reactivate')}
        </Button>
      ) : (
        <Button
          startIcon={<Archive />}
          variant="outlined"
          onClick={() => setDialog('passivate')}
          disabled={isReadOnly}
          data-testid="passivate-record"
        >
          {t('detail.passivate')}
        </Button>
      )}
      <Button
        startIcon={<DeleteForever />}
        color="error"
        onClick={() => setDialog('delete')}
        disabled={isReadOnly}
        data-testid="delete-record"
      >
        {t('common.delete')}
      </Button>
      <ConfirmDialog
        isOpen={dialog === 'passivate'}
        title={t('detail.passivateTitle')}
        text={t('detail.passivateText')}
        confirmLabel={t('detail.passivate')}
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          setDialog(null);
          await onSetStatus('passive');
          notify(t('detail.passivated'));
        }}
      />
      <ConfirmDialog
        isOpen={dialog === 'delete'}
        title={t('detail.deleteTitle')}
        text={t('detail.deleteText', { name })}
        acknowledgement={t('detail.deleteConfirm')}
        confirmLabel={t('detail.deleteButton')}
        isDestructive
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          setDialog(null);
          await onDelete();
          notify(t('detail.deleted', { name }));
        }}
      />
    </>
  );
};

export const PassiveBanner = () => {
  const { t } = useTranslation();
  return (
    <Alert severity="warning" data-testid="passive-banner">
      {t('detail.passiveBanner')}
    </Alert>
  );
};
