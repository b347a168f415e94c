import { Chip, Stack } from '@mui/material';

export const CategoryChips = ({
  keys,
  labelOf,
}: {
  keys: readonly string[];
  labelOf: (key: string) => string;
}) => (
  <Stack direction="row" spacing={0.5} sx={{ overflow: 'hidden' }}>
    {keys.map((key) => (
      <Chip key={key} label={labelOf(key)} size="small" variant="outlined" />
    ))}
  </Stack>
);
