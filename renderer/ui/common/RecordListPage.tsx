import { Add } from '@mui/icons-material';
import { Button, Stack, Typography } from '@mui/material';
import type { RowSelection } from './useRowSelection';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListFilter } from '../../state/listRows';
import { EmptyState } from './EmptyState';
import { defaultFilter } from './listFilterMemory';
import { ListToolbar } from './ListToolbar';
import { PageHeader } from './PageHeader';
import { VirtualTable, type SortDirection, type TableColumn } from './VirtualTable';

/** The frame shared by the people and organisation lists: header, filters, empty states and the table. */
export const RecordListPage = <Row extends { id: string }>(props: {
  title: string;
  countLabel: string;
  newLabel: string;
  onNew: () => void;
  /** Further page actions beside New, such as Export. */
  extraActions?: ReactNode;
  /** Further filters under the search row (segments, alumni filters), kept out of the header's actions. */
  extraFilters?: ReactNode;
  isRegisterEmpty: boolean;
  empty: { icon: ReactNode; title: string; text: string; action: string };
  filter: ListFilter;
  onFilterChange: (filter: ListFilter) => void;
  searchLabel: string;
  categories: { key: string; label: string }[];
  tags?: { key: string; label: string }[];
  rows: readonly Row[];
  columns: readonly TableColumn<Row>[];
  sort: { key: string; direction: SortDirection };
  onSort: (key: string) => void;
  hrefFor: (row: Row) => string;
  selection: RowSelection;
  rowLabel: (row: Row) => string;
}) => {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ height: '100%', minHeight: 0 }}>
      <PageHeader
        title={props.title}
        subtitle={props.isRegisterEmpty ? undefined : props.countLabel}
        actions={
          <>
            {props.isRegisterEmpty ? null : props.extraActions}
            <Button
              variant="contained"
              startIcon={<Add />}
              onClick={props.onNew}
              data-testid="new-record"
              title="N"
            >
              {props.newLabel}
            </Button>
          </>
        }
      />
      {props.isRegisterEmpty ? (
        <EmptyState
          icon={props.empty.icon}
          title={props.empty.title}
          text={props.empty.text}
          actionLabel={props.empty.action}
          onAction={props.onNew}
        />
      ) : (
        <>
          <ListToolbar
            filter={props.filter}
            onChange={props.onFilterChange}
            searchLabel={props.searchLabel}
            categories={props.categories}
            tags={props.tags}
          />
          {props.extraFilters ? (
            <Stack
              direction="row"
              spacing={1}
              useFlexGap
              sx={{ flexWrap: 'wrap', alignItems: 'center' }}
              data-testid="extra-filters"
            >
              {props.extraFilters}
            </Stack>
          ) : null}
          {props.selection.selectedIds.length > 0 ? (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography data-testid="selection-count" role="status">
                {t('spreadsheet.selectedCount', { count: props.selection.selectedIds.length })}
              </Typography>
              <Button size="small" onClick={props.selection.clear} title="Esc" data-testid="clear-selection">
                {t('spreadsheet.clearSelection')}
              </Button>
            </Stack>
          ) : null}
          {props.rows.length === 0 ? (
            <Stack spacing={1} sx={{ alignItems: 'center', py: 6 }} data-testid="no-matches">
              <Typography color="text.secondary">{t('list.noMatches')}</Typography>
              <Button onClick={() => props.onFilterChange(defaultFilter)}>{t('list.clearFilters')}</Button>
            </Stack>
          ) : (
            <VirtualTable
              label={props.title}
              rows={props.rows}
              columns={props.columns}
              sort={props.sort}
              onSort={props.onSort}
              hrefFor={props.hrefFor}
              selection={{
                isSelected: (row) => props.selection.isSelected(row.id),
                onToggle: (row) => props.selection.toggle(row.id),
                allState: props.selection.allVisibleState,
                onToggleAll: props.selection.toggleAllVisible,
                rowLabel: (row) => t('spreadsheet.selectRow', { name: props.rowLabel(row) }),
                allLabel: t('spreadsheet.selectAllVisible'),
              }}
            />
          )}
        </>
      )}
    </Stack>
  );
};
