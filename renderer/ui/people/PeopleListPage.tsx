import { useTagFilterOptions } from '../../tags/useTagFilterOptions';
import { PeopleAlt } from '@mui/icons-material';
import { Box } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/AppContext';
import { navigate, routeToHash } from '../../app/useHashRoute';
import { filterSortedRows, personRows, sortRows, unfiltered, type PersonRow } from '../../state/listRows';
import { todayIso } from '../../state/registerActions';
import { matchesAlumniFilter, isAlumniFilterActive, noAlumniFilter } from '../../alumni/alumniFilter';
import { AlumniFilterControls } from '../alumni/AlumniFilterControls';
import { alumniProfileOf } from '../../alumni/alumniProfileOf';
import { RemovalRequestBadge } from '../alumni/RemovalRequestBadge';
import { CategoryChips } from '../common/CategoryChips';
import { formatPhone, formatTimestamp } from '../common/formatting';
import { useRememberedFilter } from '../common/listFilterMemory';
import { RecordListPage } from '../common/RecordListPage';
import { useRowSelection } from '../common/useRowSelection';
import { ExportButton } from '../export/ExportDialog';
import { SegmentPicker } from '../segments/SegmentPicker';
import { useSegmentFilter } from '../../segments/useSegmentFilter';
import { useCategoryLabel, useCategoryOptions } from '../common/useCategoryOptions';
import type { SortDirection, TableColumn } from '../common/VirtualTable';
import { withoutRestricted } from '../../../shared/rights/processingRestriction';
import { useRestrictedPersonIds } from '../../rights/useRestrictedPeople';
import { RestrictedBadge } from '../rights/RestrictedBadge';
import { RestrictedFilterSwitch } from '../rights/RestrictedFilterSwitch';

export const PeopleListPage = () => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const [filter, setFilter] = useRememberedFilter('people');
  const [sort, setSort] = useState<{ key: string; direction: SortDirection }>({
    key: 'name',
    direction: 'asc',
  });
  const categories = useCategoryOptions('person');
  const tagOptions = useTagFilterOptions('person');
  const labelOf = useCategoryLabel('person');
  const version = store.version();
  const sortedRows = useMemo(
    () => sortRows(personRows(store, unfiltered, todayIso()), sort.key, sort.direction),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` changes whenever the records do.
    [store, version, sort],
  );
  const inSegment = useSegmentFilter();
  const [alumniFilter, setAlumniFilter] = useState(noAlumniFilter);
  // Restricted people are frozen: left out of the list unless the user asks to see them.
  const restricted = useRestrictedPersonIds();
  const [isShowingRestricted, setShowingRestricted] = useState(false);
  const rows = useMemo(() => {
    // Filtered after the search, not before: the search's caches are keyed by the sorted rows.
    const searched = filterSortedRows(sortedRows, filter, store.peopleIndex);
    const filtered = inSegment(isShowingRestricted ? searched : withoutRestricted(searched, restricted));
    if (!isAlumniFilterActive(alumniFilter)) return filtered;
    return filtered.filter((row) => {
      const person = store.people.get(row.id);
      return person !== undefined && matchesAlumniFilter(person, alumniFilter);
    });
  }, [sortedRows, filter, store, inSegment, alumniFilter, restricted, isShowingRestricted]);
  const rowIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const selection = useRowSelection(rowIds);
  const columns: TableColumn<PersonRow>[] = [
    {
      key: 'name',
      label: t('people.columns.name'),
      width: 'minmax(160px, 2fr)',
      render: (row) => {
        const person = store.people.get(row.id);
        const isRestricted = restricted.has(row.id);
        const hasBadge = isRestricted || (person ? alumniProfileOf(person).removalRequestedAt !== '' : false);
        if (!hasBadge) return row.name;
        // The name gives way, not the badges: a long name is cut, the badge always shows.
        return (
          <Box component="span" sx={{ display: 'flex', alignItems: 'center', minWidth: 0 }}>
            <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {row.name}
            </Box>
            <Box component="span" sx={{ flex: 'none', display: 'flex' }}>
              {person ? <RemovalRequestBadge person={person} /> : null}
              {isRestricted ? <RestrictedBadge /> : null}
            </Box>
          </Box>
        );
      },
      isSortable: true,
    },
    {
      key: 'organisation',
      label: t('people.columns.organisation'),
      width: 'minmax(120px, 2fr)',
      render: (row) => row.organisation,
      isSortable: true,
    },
    {
      key: 'email',
      label: t('people.columns.email'),
      width: 'minmax(140px, 2fr)',
      render: (row) => row.email,
      isSortable: true,
    },
    {
      key: 'phone',
      label: t('people.columns.phone'),
      width: 'minmax(110px, 1fr)',
      render: (row) => formatPhone(row.phone),
    },
    {
      key: 'categories',
      label: t('people.columns.categories'),
      width: 'minmax(120px, 1.5fr)',
      render: (row) => <CategoryChips keys={row.categories} labelOf={labelOf} />,
    },
    {
      key: 'updated',
      label: t('people.columns.updated'),
      // Wide enough for "30.12.2026 klo 12.05" in every UI language.
      width: 'minmax(175px, 1fr)',
      render: (row) => formatTimestamp(row.updatedAt, i18n.language),
      isSortable: true,
    },
  ];
  return (
    <RecordListPage
      title={t('people.title')}
      countLabel={t('list.peopleCount', { count: rows.length })}
      newLabel={t('people.newPerson')}
      extraActions={<ExportButton kind="people" listIds={rowIds} selectedIds={selection.selectedIds} />}
      extraFilters={
        <>
          <SegmentPicker />
          <AlumniFilterControls filter={alumniFilter} onChange={setAlumniFilter} />
          <RestrictedFilterSwitch
            isShown={isShowingRestricted}
            count={restricted.size}
            onChange={setShowingRestricted}
          />
        </>
      }
      onNew={() => navigate({ page: 'personNew' })}
      isRegisterEmpty={store.people.size === 0}
      empty={{
        icon: <PeopleAlt />,
        title: t('people.emptyTitle'),
        text: t('people.emptyText'),
        action: t('people.addFirst'),
      }}
      filter={filter}
      onFilterChange={setFilter}
      searchLabel={t('list.searchPeople')}
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
      hrefFor={(row) => routeToHash({ page: 'person', id: row.id })}
    />
  );
};
