import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, Relation, RelationEndKind } from '../../../shared/model';
import {
  directionsFor,
  relationTypesOf,
  type RelationDirection,
  type RelationType,
} from '../../../shared/relations/relationTypes';
import { useApp, useStore } from '../../app/AppContext';
import { routeToHash } from '../../app/useHashRoute';
import { endRelation, removeRelation, saveRelation } from '../../relations/relationActions';
import { personDisplayName } from '../../state/recordLabels';
import { todayIso } from '../../state/registerActions';
import { useLiveRecords } from '../../state/useLiveRecords';
import { RecordPicker } from '../activities/RecordPicker';
import { formatDate } from '../common/formatting';

/** A relation type's label as seen from one end: translated for built-in types, as typed for custom ones. */
export const useRelationLabel = () => {
  const { t } = useTranslation();
  return (type: RelationType | undefined, isForward: boolean, key: string): string => {
    if (!type) return key;
    if (!type.isBuiltIn) return isForward ? type.forward : type.inverse;
    return t(`activity.relations.types.${type.key}.${isForward ? 'forward' : 'inverse'}` as never);
  };
};

const AddRelationDialog = ({
  side,
  id,
  onClose,
}: {
  side: RelationEndKind;
  id: string;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const store = useStore();
  const { notify } = useApp();
  const labelOf = useRelationLabel();
  const directions = directionsFor(relationTypesOf(store.settings()), side);
  const [choice, setChoice] = useState(0);
  const [otherIds, setOtherIds] = useState<string[]>([]);
  const [startDate, setStartDate] = useState('');
  const [note, setNote] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [isMissingOther, setMissingOther] = useState(false);
  const direction: RelationDirection | undefined = directions[choice];
  const otherKind: RelationEndKind = direction
    ? direction.isForward
      ? direction.type.toKind
      : direction.type.fromKind
    : 'person';
  const messageFor = (path: string) => {
    const issue = issues.find((candidate) => candidate.path === path);
    return issue ? t(`validation.${issue.code}` as never, issue.params ?? {}) : undefined;
  };
  const save = async () => {
    const otherId = otherIds[otherIds.length - 1];
    if (!direction || !otherId) {
      setMissingOther(true);
      return;
    }
    const ends = direction.isForward
      ? { fromId: id, fromKind: side, toId: otherId, toKind: otherKind }
      : { fromId: otherId, fromKind: otherKind, toId: id, toKind: side };
    const result = await saveRelation(store, {
      ...ends,
      typeKey: direction.type.key,
      startDate,
      endDate: '',
      note,
    });
    if (!result.isSaved) {
      setIssues(result.issues);
      return;
    }
    notify(t('activity.relations.saved'), 'success');
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="relation-dialog">
      <DialogTitle>{t('activity.relations.addTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            select
            name="relationType"
            label={t('activity.relations.type')}
            value={choice}
            onChange={(event) => {
              setChoice(Number(event.target.value));
              setOtherIds([]);
            }}
          >
            {directions.map((candidate, index) => (
              <MenuItem key={`${candidate.type.key}-${candidate.isForward}`} value={index}>
                {labelOf(candidate.type, candidate.isForward, candidate.type.key)}
              </MenuItem>
            ))}
          </TextField>
          <RecordPicker
            key={otherKind}
            kind={otherKind}
            name="relationOther"
            label={t('activity.relations.other')}
            value={otherIds.slice(-1)}
            onChange={(ids) => {
              setOtherIds(ids.slice(-1));
              setMissingOther(false);
            }}
          />
          {isMissingOther ? <Alert severity="error">{t('activity.relations.missingOther')}</Alert> : null}
          <TextField
            name="startDate"
            type="date"
            label={t('activity.relations.startDate')}
            value={startDate}
            onChange={(event) => setStartDate(event.target.value)}
            error={Boolean(messageFor('startDate'))}
            helperText={messageFor('startDate')}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            name="note"
            label={t('activity.relations.note')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            slotProps={{ htmlInput: { autoComplete: 'off' } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('activity.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} data-testid="relation-save">
          {t('activity.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** Relations of a person or organisation, read from this end: "Mentor of Erik", "Mentored by Aino". */
export const RelationsPanel = ({
  side,
  id,
  isReadOnly,
}: {
  side: RelationEndKind;
  id: string;
  isReadOnly: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const labelOf = useRelationLabel();
  const { records } = useLiveRecords('relations');
  const [isAdding, setAdding] = useState(false);
  const types = new Map(relationTypesOf(store.settings()).map((type) => [type.key, type]));
  const today = todayIso();
  const mine = records
    .filter((relation) => relation.status === 'active' && (relation.fromId === id || relation.toId === id))
    .sort((a, b) => b.createdAt - a.createdAt);
  const otherEnd = (relation: Relation) => {
    const isFrom = relation.fromId === id;
    const otherId = isFrom ? relation.toId : relation.fromId;
    const otherKind = isFrom ? relation.toKind : relation.fromKind;
    if (otherKind === 'person') {
      const person = store.people.get(otherId);
      return {
        label: person ? personDisplayName(person) : '?',
        href: routeToHash({ page: 'person', id: otherId }),
      };
    }
    return {
      label: store.organisations.get(otherId)?.name ?? '?',
      href: routeToHash({ page: 'organisation', id: otherId }),
    };
  };
  return (
    <Paper variant="outlined" component="section" sx={{ p: { xs: 2, md: 3 } }} data-testid="relations-panel">
      <Stack direction="row" sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h3" component="h2" sx={{ flex: 1 }}>
          {t('activity.relations.title')}
        </Typography>
        {isReadOnly ? null : (
          <Button onClick={() => setAdding(true)} data-testid="relation-add">
            {t('activity.relations.add')}
          </Button>
        )}
      </Stack>
      {mine.length === 0 ? (
        <Typography color="text.secondary">{t('activity.relations.empty')}</Typography>
      ) : (
        <Stack spacing={1}>
          {mine.map((relation) => {
            const other = otherEnd(relation);
            const hasEnded = relation.endDate !== '' && relation.endDate <= today;
            return (
              <Box
                key={relation.id}
                data-testid="relation"
                sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}
              >
                <Typography component="span" color={hasEnded ? 'text.secondary' : 'text.primary'}>
                  {labelOf(types.get(relation.typeKey), relation.fromId === id, relation.typeKey)}{' '}
                  <Link href={other.href}>{other.label}</Link>
                  {relation.startDate ? ` · ${formatDate(relation.startDate, i18n.language)}` : ''}
                  {hasEnded
                    ? ` · ${t('activity.relations.ended', { date: formatDate(relation.endDate, i18n.language) })}`
                    : ''}
                  {relation.note ? ` · ${relation.note}` : ''}
                </Typography>
                {isReadOnly ? null : (
                  <>
                    {hasEnded ? null : (
                      <Button size="small" onClick={() => void endRelation(store, relation.id)}>
                        {t('activity.relations.end')}
                      </Button>
                    )}
                    <Button
                      size="small"
                      color="error"
                      onClick={() => void removeRelation(store.database, relation.id)}
                    >
                      {t('activity.relations.remove')}
                    </Button>
                  </>
                )}
              </Box>
            );
          })}
        </Stack>
      )}
      {isAdding ? <AddRelationDialog side={side} id={id} onClose={() => setAdding(false)} /> : null}
    </Paper>
  );
};
