import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RightsRequest } from '../../../shared/model';
import { isRequestOverdue } from '../../../shared/rights/requestDueDate';

/** The request's state; an open request past its due date reads "Overdue" in red. */
export const RequestStateChip = ({ request, today }: { request: RightsRequest; today: string }) => {
  const { t } = useTranslation();
  const isOverdue = isRequestOverdue(request, today);
  return (
    <Chip
      size="small"
      data-testid="request-state"
      data-state={isOverdue ? 'overdue' : request.state}
      color={isOverdue ? 'error' : request.state === 'open' ? 'warning' : 'default'}
      label={isOverdue ? t('rights.states.overdue') : t(`rights.states.${request.state}`)}
    />
  );
};
