import { Box, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { PieChart } from '@mui/x-charts/PieChart';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatisticResult } from '../../../shared/stats/statisticTypes';

const chartHeight = 260;

/**
 * The chart of one statistic. The SVG is a picture for sighted users (the numbers are in the table
 * beside it); `onDrawn` fires once its marks are in the document, so the page can say when all are drawn.
 */
export const StatisticChart = ({
  result,
  rowLabels,
  columnLabels,
  title,
  onDrawn,
}: {
  result: StatisticResult;
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  title: string;
  onDrawn: () => void;
}) => {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const { rows } = result.table;
  const isEmpty = rows.length === 0 || rows.every((row) => row.values.every((value) => value === 0));
  useEffect(() => {
    let frame = 0;
    let isDone = false;
    const check = () => {
      if (isDone) return;
      if (
        isEmpty ||
        container.current?.querySelector('svg path, svg rect[class*=Bar], svg .MuiBarElement-root')
      ) {
        isDone = true;
        onDrawn();
        return;
      }
      frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => {
      isDone = true;
      cancelAnimationFrame(frame);
    };
  }, [isEmpty, onDrawn, result]);

  if (isEmpty)
    return (
      <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }} data-testid="statistic-empty">
        {t('stats.noData')}
      </Typography>
    );
  const series = columnLabels.map((label, column) => ({
    label: columnLabels.length > 1 ? label : undefined,
    data: rows.map((row) => row.values[column] ?? 0),
  }));
  const chart = (() => {
    switch (result.chart) {
      case 'pie':
        return (
          <PieChart
            height={chartHeight}
            skipAnimation
            series={[
              {
                data: rows.map((row, index) => ({
                  id: row.key,
                  value: row.values[0] ?? 0,
                  label: rowLabels[index],
                })),
                innerRadius: 40,
                paddingAngle: 1,
              },
            ]}
          />
        );
      case 'line':
        return (
          <LineChart
            height={chartHeight}
            skipAnimation
            xAxis={[{ scaleType: 'point', data: [...rowLabels] }]}
            yAxis={[{ tickMinStep: 1, width: 56 }]}
            series={series.map((item) => ({ ...item, showMark: false, curve: 'linear' as const }))}
          />
        );
      case 'bar':
        return (
          <BarChart
            height={chartHeight}
            skipAnimation
            hideLegend={series.length < 2}
            xAxis={[{ scaleType: 'band', data: [...rowLabels], tickLabelStyle: { fontSize: 11 } }]}
            yAxis={[{ tickMinStep: 1, width: 56 }]}
            series={series}
          />
        );
    }
  })();
  return (
    <Box ref={container} role="img" aria-label={t('stats.chartLabel', { title })}>
      {chart}
    </Box>
  );
};
