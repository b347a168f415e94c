import { Box, Checkbox, TableSortLabel, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type SortDirection = 'asc' | 'desc';
export type TableColumn<Row> = {
  key: string;
  label: string;
  width: string;
  render: (row: Row) => ReactNode;
  isSortable?: boolean;
};

const rowHeight = 48;
const checkboxWidth = '40px';

/** Optional row checkboxes; the row itself stays a link, with the checkbox beside it, not inside it. */
export type TableSelection<Row> = {
  isSelected: (row: Row) => boolean;
  onToggle: (row: Row) => void;
  allState: 'none' | 'some' | 'all';
  onToggleAll: () => void;
  rowLabel: (row: Row) => string;
  allLabel: string;
};

const rowProps = (index: number) => ({
  role: 'row',
  'aria-rowindex': index + 2,
  'data-testid': 'table-row',
});

const rowPosition = (start: number) =>
  ({
    position: 'absolute',
    top: 0,
    left: 0,
    right: 0,
    height: rowHeight,
    transform: `translateY(${start}px)`,
  }) as const;

/**
 * Renders only the rows in view, so a list of 100 000 people scrolls as
 * smoothly as one of ten. Each row is a link, keeping keyboard and
 * middle-click behaviour a user expects.
 */
export const VirtualTable = <Row extends { id: string }>({
  rows,
  columns,
  sort,
  onSort,
  hrefFor,
  label,
  selection,
}: {
  rows: readonly Row[];
  columns: readonly TableColumn<Row>[];
  sort: { key: string; direction: SortDirection };
  onSort: (key: string) => void;
  hrefFor: (row: Row) => string;
  label: string;
  selection?: TableSelection<Row>;
}) => {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- tanstack's virtualizer is designed to be used this way.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  const template = columns.map((column) => column.width).join(' ');
  const headerTemplate = selection ? `${checkboxWidth} ${template}` : template;

  return (
    <Box
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      sx={{
        display: 'flex',
        flexDirection: 'column',
        flex: 1,
        minHeight: 0,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
      }}
    >
      <Box role="rowgroup">
        <Box
          role="row"
          aria-rowindex={1}
          sx={{
            display: 'grid',
            gridTemplateColumns: headerTemplate,
            alignItems: 'center',
            minHeight: 44,
            px: 2,
            py: 1,
            borderBottom: 1,
            borderColor: 'divider',
            gap: 2,
          }}
        >
          {selection ? (
            <Box role="columnheader" sx={{ display: 'flex', justifyContent: 'center' }}>
              <Checkbox
                size="small"
                checked={selection.allState === 'all'}
                indeterminate={selection.allState === 'some'}
                onChange={selection.onToggleAll}
                slotProps={{
                  input: { 'aria-label': selection.allLabel, 'data-testid': 'select-all' } as object,
                }}
              />
            </Box>
          ) : null}
          {columns.map((column) => (
            <Box
              role="columnheader"
              key={column.key}
              aria-sort={
                sort.key === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
              }
            >
              {column.isSortable ? (
                <TableSortLabel
                  active={sort.key === column.key}
                  direction={sort.key === column.key ? sort.direction : 'asc'}
                  onClick={() => onSort(column.key)}
                  title={t('list.sortBy', { column: column.label })}
                >
                  <Typography variant="subtitle2">{column.label}</Typography>
                </TableSortLabel>
              ) : (
                <Typography variant="subtitle2">{column.label}</Typography>
              )}
            </Box>
          ))}
        </Box>
      </Box>
      <Box
        ref={scrollRef}
        role="rowgroup"
        data-testid="virtual-table-body"
        sx={{ flex: 1, overflow: 'auto', position: 'relative' }}
      >
        <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const isSelected = selection?.isSelected(row) ?? false;
            const link = (
              <Box
                key={row.id}
                component="a"
                href={hrefFor(row)}
                {...(selection ? { 'data-testid': 'table-row-link' } : rowProps(item.index))}
                sx={{
                  ...(selection ? { height: '100%', pr: 2 } : rowPosition(item.start)),
                  display: 'grid',
                  gridTemplateColumns: template,
                  alignItems: 'center',
                  gap: 2,
                  ...(selection ? {} : { px: 2, borderBottom: 1, borderColor: 'divider' }),
                  color: 'text.primary',
                  textDecoration: 'none',
                  '&:hover, &:focus-visible': { bgcolor: 'action.hover', outline: 'none' },
                }}
              >
                {columns.map((column) => (
                  <Box
                    role="cell"
                    key={column.key}
                    sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                  >
                    {column.render(row)}
                  </Box>
                ))}
              </Box>
            );
            if (!selection) return link;
            return (
              <Box
                key={row.id}
                {...rowProps(item.index)}
                aria-selected={isSelected}
                data-selected={isSelected}
                sx={{
                  ...rowPosition(item.start),
                  display: 'grid',
                  gridTemplateColumns: `${checkboxWidth} 1fr`,
                  alignItems: 'stretch',
                  gap: 2,
                  pl: 2,
                  borderBottom: 1,
                  borderColor: 'divider',
                  bgcolor: isSelected ? 'action.selected' : undefined,
                }}
              >
                <Box role="cell" sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
                  <Checkbox
                    size="small"
                    checked={isSelected}
                    onChange={() => selection.onToggle(row)}
                    slotProps={{
                      input: { 'aria-label': selection.rowLabel(row), 'data-testid': 'row-select' } as object,
                    }}
                  />
                </Box>
                {link}
              </Box>
            );
          })}
        </Box>
      </Box>
    </Box>
  );
};
