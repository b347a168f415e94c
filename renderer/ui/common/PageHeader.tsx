import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export const PageHeader = ({
  title,
  subtitle,
  actions,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) => (
  <Stack
    direction="row"
    spacing={2}
    sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', rowGap: 1 }}
  >
    <div>
      <Typography variant="h1">{title}</Typography>
      {subtitle ? (
        <Typography variant="body2" color="text.secondary" data-testid="page-subtitle">
          {subtitle}
        </Typography>
      ) : null}
    </div>
    {actions ? (
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        {actions}
      </Stack>
    ) : null}
  </Stack>
);
