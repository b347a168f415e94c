import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** Label–value pairs of a record; empty values are left out so the page shows what is known. */
export const DetailList = ({ items }: { items: { label: string; value: ReactNode; testId?: string }[] }) => {
  const shown = items.filter((item) => item.value !== '' && item.value !== null && item.value !== undefined);
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(140px, 200px) 1fr' },
        columnGap: 2,
        rowGap: 1,
        m: 0,
      }}
    >
      {shown.map((item) => (
        <Box key={item.label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {item.label}
          </Typography>
          <Typography
            component="dd"
            variant="body1"
            sx={{ m: 0, overflowWrap: 'anywhere' }}
            data-testid={item.testId}
          >
            {item.value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
