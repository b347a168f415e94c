import { useTagFilterOptions } from '../../tags/useTagFilterOptions';
import { Business } from '@mui/icons-material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/AppContext';
import { navigate, routeToHash } from '../../app/useHashRoute';
import {
  filterSortedRows,
  organisationRows,
  sortRows,
  unfiltered,
  type OrganisationRow,
} from '../../state/listRows';
import { CategoryChips } from '../common/CategoryChips';
import { formatTimestamp } from '../common/formatting';
import { useRememberedFilter } from '../common/listFilterMemory';
import { RecordListPage } from '../common/RecordListPage';
import { useRowSelection } from '../common/useRowSelection';
import { ExportButton } from '../export/ExportDialog';
import { useCategoryLabel, useCategoryOptions } from '../common/useCategoryOptions';
import type { SortDirection, TableColumn } from '../common/VirtualTable';

export const OrganisationListPage = () => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const [filter, setFilter] = useRememberedFilter('organisations');
  const [sort, setSort] = useState<{ key: string; direction: SortDirection }>({
    key: 'name',
    direction: 'asc',
  });
  const categories = useCategoryOptions('organisation');
  const tagOptions = useTagFilterOptions('organisation');
  const labelOf = useCategoryLabel('organisation');
  const version = store.version();
  const sortedRows = useMemo(
    () => sortRows(organisationRows(store, unfiltered), sort.key, sort.direction),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` changes whenever the records do.
    [store, version, sort],
  );
  const rows = useMemo(
    () => filterSortedRows(sortedRows, filter, store.organisationsIndex),
    [sortedRows, filter, store],
  );
  const rowIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const selection = useRowSelection(rowIds);
  const columns: TableColumn<OrganisationRow>[] = [
    {
      key: 'name',
      label: t('organisations.columns.name'),
      width: 'minmax(180px, 3fr)',
      render: (row) => row.name,
      isSortable: true,
    },
    {
      key: 'businessId',
      label: t('organisations.columns.businessId'),
      width: 'minmax(100px, 1fr)',
      render: (row) => row.businessId,
      isSortable: true,
    },
    {
      key: 'sector',
      label: t('organisations.columns.sector'),
      width: 'minmax(100px, 1fr)',
      render: (row) => (row.sector ? t(`sectors.${row.sector as 'private'}`) : ''),
      isSortable: true,
    },
    {
      key: 'city',
      label: t('organisations.columns.city'),
      width: 'minmax(100px, 1fr)',
      render: (row) => row.city,
      isSortable: true,
    },
    {
      key: 'categories',
      label: t('organisations.columns.categories'),
      width: 'minmax(140px, 2fr)',
      render: (row) => <CategoryChips keys={row.categories} labelOf={labelOf} />,
    },
    {
      key: 'updated',
      label: t('organisations.columns.updated'),
      width: 'minmax(175px, 1fr)',
      render: (row) => formatTimestamp(row.updatedAt, i18n.language),
      isSortable: true,
    },
  ];
  return (
    <RecordListPage
      title={t('organisations.title')}
      countLabel={t('list.organisationsCount', { count: rows.length })}
      newLabel={t('organisations.newOrganisation')}
      extraActions={
        <ExportButton kind="organisations" listIds={rowIds} selectedIds={selection.selectedIds} />
      }
      onNew={() => navigate({ page: 'organisationNew' })}
      isRegisterEmpty={store.organisations.size === 0}
      empty={{
        icon: <Business />,
        title: t('organisations.emptyTitle'),
        text: t('organisations.emptyText'),
        action: t('organisations.addFirst'),
      }}
      filter={filter}
      onFilterChange={setFilter}
      searchLabel={t('list.searchOrganisations')}
      categories={categories}
      tags={tagOptions}
      rows={rows}
      columns={columns}
      sort={sort}
      onSort={(key) =>
        setSort({ key, direction: sort.key === key && sort.direction === 'asc' ? 'desc' : 'asc' })
      }
      selection={selection}
      rowLabel={(row) => row.name}
      hrefFor={(row) => routeToHash({ page: 'organisation', id: row.id })}
    />
  );
};
