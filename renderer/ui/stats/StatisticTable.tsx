import { statisticTextKey } from '../../stats/statisticTextKey';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { StatisticResult } from '../../../shared/stats/statisticTypes';

/** The numbers behind a chart, for screen readers and for anyone who wants the exact figures. */
export const StatisticTable = ({
  result,
  title,
  rowLabels,
  columnLabels,
}: {
  result: StatisticResult;
  title: string;
  rowLabels: readonly string[];
  columnLabels: readonly string[];
}) => {
  const { t, i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language);
  return (
    <Table size="small" aria-label={t('stats.tableLabel', { title })} data-testid="statistic-table">
      <TableHead>
        <TableRow>
          <TableCell>{t(statisticTextKey(result.key, 'rowHeaders') as never)}</TableCell>
          {columnLabels.map((label) => (
            <TableCell key={label} align="right">
              {label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {result.table.rows.map((row, index) => (
          <TableRow key={row.key} data-row-key={row.key}>
            <TableCell component="th" scope="row">
              {rowLabels[index]}
            </TableCell>
            {row.values.map((value, column) => (
              <TableCell key={column} align="right" data-testid="statistic-value">
                {format.format(value)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
