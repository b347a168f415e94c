import { LinkOff } from '@mui/icons-material';
import {
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Link,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Affiliation } from '../../../shared/model';
import { useApp, useStore } from '../../app/AppContext';
import { routeToHash } from '../../app/useHashRoute';
import { isCurrentAffiliation } from '../../state/listRows';
import { endAffiliation, todayIso } from '../../state/registerActions';
import { personDisplayName } from '../../state/recordLabels';
import { formatDate } from '../common/formatting';
import { AffiliationDialog } from './AffiliationDialog';

/** A record's links to the other side: current ones first, ended ones on request, with add and end. */
export const AffiliationsPanel = ({
  side,
  id,
  isReadOnly,
}: {
  side: 'person' | 'organisation';
  id: string;
  isReadOnly: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { notify } = useApp();
  const [isAdding, setAdding] = useState(false);
  const [isShowingEnded, setShowingEnded] = useState(false);
  const [ending, setEnding] = useState<Affiliation | null>(null);
  const [endDate, setEndDate] = useState(todayIso());
  const today = todayIso();
  const links = [...store.affiliations.values()].filter((affiliation) =>
    side === 'person' ? affiliation.personId === id : affiliation.organisationId === id,
  );
  const current = links.filter((link) => isCurrentAffiliation(link, today));
  const ended = links.filter((link) => !isCurrentAffiliation(link, today));

  const otherEnd = (link: Affiliation) => {
    if (side === 'person') {
      const organisation = store.organisations.get(link.organisationId);
      return {
        label: organisation?.name ?? '?',
        href: routeToHash({ page: 'organisation', id: link.organisationId }),
      };
    }
    const person = store.people.get(link.personId);
    return {
      label: person ? personDisplayName(person) : '?',
      href: routeToHash({ page: 'person', id: link.personId }),
    };
  };

  const row = (link: Affiliation, isEnded: boolean) => {
    const target = otherEnd(link);
    return (
      <Stack
        key={link.id}
        direction="row"
        spacing={2}
        sx={{ alignItems: 'center', py: 1, borderTop: 1, borderColor: 'divider' }}
        data-testid="affiliation-row"
      >
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Link href={target.href} sx={{ fontWeight: 500 }}>
            {target.label}
          </Link>
          {link.isPrimary ? (
            <Chip size="small" label={t('affiliations.primary')} color="primary" sx={{ ml: 1 }} />
          ) : null}
          <Typography variant="body2" color="text.secondary">
            {[link.role, link.department].filter(Boolean).join(' · ')}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {isEnded
              ? t('affiliations.ended', { date: formatDate(link.endDate, i18n.language) })
              : link.startDate
                ? t('affiliations.since', { date: formatDate(link.startDate, i18n.language) })
                : t('affiliations.current')}
          </Typography>
        </Box>
        {!isEnded && !isReadOnly ? (
          <Button
            size="small"
            startIcon={<LinkOff />}
            onClick={() => setEnding(link)}
            data-testid="end-affiliation"
          >
            {t('affiliations.end')}
          </Button>
        ) : null}
      </Stack>
    );
  };

  return (
    <Paper
      variant="outlined"
      component="section"
      sx={{ p: { xs: 2, md: 3 } }}
      data-testid="affiliations-panel"
    >
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h3" component="h2">
          {side === 'person' ? t('affiliations.organisationsTitle') : t('affiliations.peopleTitle')}
        </Typography>
        {!isReadOnly ? (
          <Button size="small" onClick={() => setAdding(true)} data-testid="add-affiliation">
            {side === 'person' ? t('affiliations.linkOrganisation') : t('affiliations.linkPerson')}
          </Button>
        ) : null}
      </Stack>
      {current.length === 0 ? (
        <Typography color="text.secondary">
          {side === 'person' ? t('affiliations.noOrganisations') : t('affiliations.noPeople')}
        </Typography>
      ) : (
        current.map((link) => row(link, false))
      )}
      {ended.length > 0 ? (
        <Box sx={{ mt: 1 }}>
          <Button size="small" onClick={() => setShowingEnded(!isShowingEnded)}>
            {t('affiliations.showEnded', { count: ended.length })}
          </Button>
          {isShowingEnded ? ended.map((link) => row(link, true)) : null}
        </Box>
      ) : null}
      {isAdding ? (
        <AffiliationDialog
          isOpen
          fixed={side === 'person' ? { personId: id } : { organisationId: id }}
          onClose={() => setAdding(false)}
        />
      ) : null}
      <Dialog open={ending !== null} onClose={() => setEnding(null)} maxWidth="xs" fullWidth>
        <DialogTitle>{t('affiliations.endTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('affiliations.endText')}</DialogContentText>
          <TextField
            type="date"
            name="endDate"
            label={t('fields.endDate')}
            value={endDate}
            onChange={(event) => setEndDate(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setEnding(null)}>{t('common.cancel')}</Button>
          <Button
            variant="contained"
            data-testid="confirm-end-affiliation"
            onClick={async () => {
              if (!ending) return;
              const result = await endAffiliation(store, ending.id, endDate);
              setEnding(null);
              notify(
                result.isSaved ? t('affiliations.linkEnded') : t('validation.endBeforeStart'),
                result.isSaved ? 'success' : 'error',
              );
            }}
          >
            {t('affiliations.end')}
          </Button>
        </DialogActions>
      </Dialog>
    </Paper>
  );
};
