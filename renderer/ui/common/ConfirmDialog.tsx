import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A confirmation; with `acknowledgement`, the action stays disabled until the user ticks it. */
export const ConfirmDialog = ({
  isOpen,
  title,
  text,
  confirmLabel,
  acknowledgement,
  isDestructive,
  onConfirm,
  onClose,
}: {
  isOpen: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  acknowledgement?: string;
  isDestructive?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [isAcknowledged, setAcknowledged] = useState(false);
  const close = () => {
    setAcknowledged(false);
    onClose();
  };
  return (
    <Dialog open={isOpen} onClose={close} aria-labelledby="confirm-title" maxWidth="xs" fullWidth>
      <DialogTitle id="confirm-title">{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{text}</DialogContentText>
        {acknowledgement ? (
          <FormControlLabel
            sx={{ mt: 2 }}
            control={
              <Checkbox
                checked={isAcknowledged}
                onChange={(event) => setAcknowledged(event.target.checked)}
              />
            }
            label={acknowledgement}
          />
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          color={isDestructive ? 'error' : 'primary'}
          disabled={Boolean(acknowledgement) && !isAcknowledged}
          onClick={() => {
            setAcknowledged(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
