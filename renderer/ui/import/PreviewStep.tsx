import {
  Alert,
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  summariseImport,
  actionOf,
  type PlannedRow,
  type RowAction,
} from '../../../shared/spreadsheet/planImport';
import { useStore } from '../../app/AppContext';
import { personDisplayName } from '../../state/recordLabels';
import { formatDate } from '../common/formatting';

type Filter = 'all' | 'problems' | 'matches';
const maxShownRows = 200;

const recordLabel = (row: PlannedRow): string =>
  row.candidate.kind === 'people'
    ? [
        personDisplayName(row.candidate.person),
        row.candidate.person.emails[0]?.address,
        row.candidate.organisation?.name,
      ]
        .filter(Boolean)
        .join(' · ')
    : [row.candidate.organisation.name, row.candidate.organisation.businessId].filter(Boolean).join(' · ');

export const PreviewStep = ({
  rows,
  actions,
  onActionsChange,
}: {
  rows: readonly PlannedRow[];
  actions: ReadonlyMap<number, RowAction>;
  onActionsChange: (actions: Map<number, RowAction>) => void;
}) => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const [filter, setFilter] = useState<Filter>('all');
  const summary = summariseImport(rows, actions);
  const shown = rows.filter((row) =>
    filter === 'problems'
      ? row.candidate.issues.length > 0
      : filter === 'matches'
        ? row.match !== null || row.duplicateOfRow !== null
        : true,
  );
  const setAll = (predicate: (row: PlannedRow) => boolean, action: RowAction) => {
    const next = new Map(actions);
    rows
      .filter((row) => predicate(row) && row.allowed.includes(action))
      .forEach((row) => next.set(row.candidate.rowNumber, action));
    onActionsChange(next);
  };
  const matchName = (row: PlannedRow): string => {
    if (!row.match) return '';
    const person = store.people.get(row.match.id);
    return person ? personDisplayName(person) : (store.organisations.get(row.match.id)?.name ?? '');
  };
  return (
    <Stack spacing={2} sx={{ minHeight: 0 }}>
      <Alert
        severity={summary.errors > 0 ? 'warning' : 'info'}
        data-testid="preview-summary"
        data-create={summary.create}
        data-update={summary.update}
        data-skip={summary.skip}
        data-errors={summary.errors}
        data-duplicates={summary.duplicates}
        data-unchanged={summary.unchanged}
      >
        <div>{t('spreadsheet.summary', summary)}</div>
        <div>{t('spreadsheet.summaryDetail', summary)}</div>
      </Alert>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label={t('spreadsheet.filterLabel')}
          value={filter}
          onChange={(event) => setFilter(event.target.value as Filter)}
          sx={{ width: 260, flex: '0 0 auto' }}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'preview-filter' } as object } }}
        >
          <MenuItem value="all">{t('spreadsheet.filterAll')}</MenuItem>
          <MenuItem value="problems">{t('spreadsheet.filterProblems')}</MenuItem>
          <MenuItem value="matches">{t('spreadsheet.filterMatches')}</MenuItem>
        </TextField>
        <Button
          onClick={() =>
            setAll((row) => row.match === null && row.duplicateOfRow === null && !row.erasedOn, 'create')
          }
          data-testid="bulk-create"
        >
          {t('spreadsheet.bulkCreate')}
        </Button>
        <Button
          onClick={() => setAll((row) => row.match !== null && row.duplicateOfRow === null, 'update')}
          data-testid="bulk-update"
        >
          {t('spreadsheet.bulkUpdate')}
        </Button>
        <Button onClick={() => setAll((row) => row.match !== null, 'skip')} data-testid="bulk-skip">
          {t('spreadsheet.bulkSkipMatches')}
        </Button>
      </Stack>
      <Table size="small" stickyHeader>
        <TableHead>
          <TableRow>
            <TableCell>{t('spreadsheet.rowHeader')}</TableCell>
            <TableCell>{t('spreadsheet.recordHeader')}</TableCell>
            <TableCell>{t('spreadsheet.actionHeader')}</TableCell>
            <TableCell>{t('spreadsheet.notesHeader')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.slice(0, maxShownRows).map((row) => {
            const action = actionOf(row, actions);
            const messages = [
              ...row.candidate.issues.map((issue) => ({
                text: `${issue.cell}: ${t(issue.key, issue.params)}`,
                isError: issue.isError,
              })),
              ...(row.match
                ? [
                    {
                      text: t(`spreadsheet.matchReason.${row.match.reason}`, { name: matchName(row) }),
                      isError: false,
                    },
                  ]
                : []),
              ...(row.erasedOn
                ? [
                    {
                      text: t('rights.import.erasedBefore', {
                        date: formatDate(row.erasedOn, i18n.language),
                      }),
                      isError: true,
                    },
                  ]
                : []),
              ...(row.duplicateOfRow !== null
                ? [{ text: t('spreadsheet.duplicateOfRow', { row: row.duplicateOfRow }), isError: false }]
                : []),
              ...(row.match && row.changes.length === 0
                ? [{ text: t('spreadsheet.unchanged'), isError: false }]
                : []),
              ...row.changes.map((change) => ({
                text: t('spreadsheet.change', {
                  field: t(
                    `spreadsheet.targets.${change.field === 'address' ? 'street' : change.field === 'formerLastNames' ? 'formerLastName' : change.field === 'organisation' ? 'organisationName' : change.field}`,
                  ),
                  old: change.old || '—',
                  new: change.new,
                }),
                isError: false,
              })),
            ];
            return (
              <TableRow
                key={row.candidate.rowNumber}
                data-testid="preview-row"
                data-row={row.candidate.rowNumber}
                data-action={action}
              >
                <TableCell>{row.candidate.rowNumber}</TableCell>
                <TableCell>{recordLabel(row)}</TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    value={action}
                    disabled={row.allowed.length === 1}
                    sx={{ minWidth: 140 }}
                    onChange={(event) =>
                      onActionsChange(
                        new Map(actions).set(row.candidate.rowNumber, event.target.value as RowAction),
                      )
                    }
                    slotProps={{
                      select: {
                        native: true,
                        inputProps: {
                          'data-testid': 'row-action',
                          'aria-label': t('spreadsheet.actionHeader'),
                        },
                      },
                    }}
                  >
                    {row.allowed.map((allowed) => (
                      <option key={allowed} value={allowed}>
                        {t(
                          `spreadsheet.action${allowed === 'create' ? 'Create' : allowed === 'update' ? 'Update' : 'Skip'}`,
                        )}
                      </option>
                    ))}
                  </TextField>
                </TableCell>
                <TableCell>
                  {messages.map((message, index) => (
                    <Typography
                      key={index}
                      variant="body2"
                      color={message.isError ? 'error' : 'text.secondary'}
                      data-testid={message.isError ? 'row-error' : 'row-note'}
                    >
                      {message.text}
                    </Typography>
                  ))}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {shown.length > maxShownRows ? (
        <Typography variant="body2" color="text.secondary">
          {t('spreadsheet.showingRows', { shown: maxShownRows, total: shown.length })}
        </Typography>
      ) : null}
    </Stack>
  );
};
