import { Chip, type ChipProps } from '@mui/material';
import type { Tag } from '../../../shared/model';
import { tagColourValues } from './tagColourValues';

type TagChipProps = { tag: Tag } & Omit<ChipProps, 'label'>;

/** A tag as a coloured chip; an archived tag is outlined so it reads as no longer in use. */
export const TagChip = ({ tag, sx, ...props }: TagChipProps) => (
  <Chip
    size="small"
    label={tag.label}
    data-testid="tag-chip"
    variant={tag.isArchived ? 'outlined' : 'filled'}
    sx={[
      tag.isArchived
        ? { borderColor: tagColourValues[tag.colour], color: tagColourValues[tag.colour] }
        : { bgcolor: tagColourValues[tag.colour], color: '#fff' },
      ...(Array.isArray(sx) ? sx : [sx]),
    ]}
    {...props}
  />
);
