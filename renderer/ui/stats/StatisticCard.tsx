import { statisticTextKey } from '../../stats/statisticTextKey';
import { Download } from '@mui/icons-material';
import { Box, Card, CardContent, CardHeader, IconButton, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { StatisticResult } from '../../../shared/stats/statisticTypes';
import { statisticLabelText, type LabelTranslator } from '../../stats/statisticLabelText';
import { StatisticChart } from './StatisticChart';
import { StatisticTable } from './StatisticTable';

/** One statistic: its chart, its numbers and an export of them to .xlsx. */
export const StatisticCard = ({
  result,
  translator,
  onDrawn,
  onExport,
  isExporting,
}: {
  result: StatisticResult;
  translator: LabelTranslator;
  onDrawn: () => void;
  onExport: () => void;
  isExporting: boolean;
}) => {
  const { t } = useTranslation();
  const title = t(statisticTextKey(result.key, 'titles') as never);
  const rowLabels = result.table.rows.map((row) => statisticLabelText(row.label, translator));
  const columnLabels = result.table.columns.map((column) => statisticLabelText(column, translator));
  return (
    <Card
      variant="outlined"
      component="section"
      aria-labelledby={`statistic-${result.key}`}
      data-statistic={result.key}
    >
      <CardHeader
        title={title}
        slotProps={{ title: { variant: 'h6', component: 'h2', id: `statistic-${result.key}` } }}
        action={
          <Tooltip title={t('stats.exportStatistic')}>
            <span>
              <IconButton
                aria-label={t('stats.exportStatisticNamed', { title })}
                onClick={onExport}
                disabled={isExporting}
                data-testid="statistic-export"
              >
                <Download />
              </IconButton>
            </span>
          </Tooltip>
        }
      />
      <CardContent sx={{ pt: 0 }}>
        <StatisticChart
          result={result}
          rowLabels={rowLabels}
          columnLabels={columnLabels}
          title={title}
          onDrawn={onDrawn}
        />
        <Box sx={{ maxHeight: 240, overflow: 'auto', mt: 1 }}>
          <StatisticTable result={result} title={title} rowLabels={rowLabels} columnLabels={columnLabels} />
        </Box>
      </CardContent>
    </Card>
  );
};
