import { CircularProgress } from '@mui/material';
import { lazy, Suspense } from 'react';

// The charts library is loaded on the first visit to the dashboard, so it does not slow down unlocking.
const StatisticsPage = lazy(() =>
  import('./StatisticsPage').then((module) => ({ default: module.StatisticsPage })),
);

export const LazyStatisticsPage = () => (
  <Suspense fallback={<CircularProgress sx={{ alignSelf: 'center', mt: 4 }} aria-busy />}>
    <StatisticsPage />
  </Suspense>
);
