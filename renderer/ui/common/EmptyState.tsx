import { Box, Button, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export const EmptyState = ({
  icon,
  title,
  text,
  actionLabel,
  onAction,
}: {
  icon: ReactNode;
  title: string;
  text: string;
  actionLabel?: string;
  onAction?: () => void;
}) => (
  <Box sx={{ textAlign: 'center', py: 8, px: 2, color: 'text.secondary' }} data-testid="empty-state">
    <Box sx={{ fontSize: 56, color: 'primary.main', opacity: 0.7, '& svg': { fontSize: 'inherit' } }}>
      {icon}
    </Box>
    <Typography variant="h2" color="text.primary" sx={{ mt: 1 }}>
      {title}
    </Typography>
    <Typography sx={{ mt: 1, maxWidth: 480, mx: 'auto' }}>{text}</Typography>
    {actionLabel && onAction ? (
      <Button variant="contained" sx={{ mt: 3 }} onClick={onAction}>
        {actionLabel}
      </Button>
    ) : null}
  </Box>
);
