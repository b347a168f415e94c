import { Add, Close, PlaylistAdd } from '@mui/icons-material';
import { Box, Button, IconButton, MenuItem, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { SegmentGroup, SegmentNode } from '../../../shared/segments/segmentTypes';
import { SegmentConditionEditor, emptyCondition } from './SegmentConditionEditor';

const maxNesting = 2;

/** An AND/OR group of conditions and (one level deeper) groups. */
export const SegmentGroupEditor = ({
  group,
  onChange,
  onRemove,
  path,
}: {
  group: SegmentGroup;
  onChange: (group: SegmentGroup) => void;
  onRemove?: () => void;
  path: string;
}) => {
  const { t } = useTranslation();
  const depth = path.split('-').length - 1;
  const setChild = (index: number, child: SegmentNode) =>
    onChange({ ...group, children: group.children.map((current, at) => (at === index ? child : current)) });
  const removeChild = (index: number) =>
    onChange({ ...group, children: group.children.filter((_child, at) => at !== index) });
  return (
    <Box
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}
      data-testid={`segment-group-${path}`}
      role="group"
      aria-label={t(group.operator === 'and' ? 'stats.segments.operatorAnd' : 'stats.segments.operatorOr')}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <TextField
          fullWidth={false}
          select
          size="small"
          label={t('stats.segments.operator')}
          value={group.operator}
          sx={{ minWidth: 220 }}
          onChange={(event) => onChange({ ...group, operator: event.target.value as 'and' | 'or' })}
          slotProps={{
            select: { SelectDisplayProps: { 'data-testid': `segment-operator-${path}` } as object },
          }}
        >
          <MenuItem value="and">{t('stats.segments.operatorAnd')}</MenuItem>
          <MenuItem value="or">{t('stats.segments.operatorOr')}</MenuItem>
        </TextField>
        <Box sx={{ flex: 1 }} />
        {onRemove ? (
          <Button size="small" onClick={onRemove} startIcon={<Close />}>
            {t('stats.segments.removeGroup')}
          </Button>
        ) : null}
      </Stack>
      <Stack spacing={1}>
        {group.children.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('stats.segments.emptyGroup')}
          </Typography>
        ) : null}
        {group.children.map((child, index) =>
          child.kind === 'group' ? (
            <SegmentGroupEditor
              key={index}
              group={child}
              path={`${path}-${index}`}
              onChange={(next) => setChild(index, next)}
              onRemove={() => removeChild(index)}
            />
          ) : (
            <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <SegmentConditionEditor
                condition={child}
                testId={`segment-condition-${path}-${index}`}
                onChange={(next) => setChild(index, next)}
              />
              <Tooltip title={t('stats.segments.remove')}>
                <IconButton aria-label={t('stats.segments.remove')} onClick={() => removeChild(index)}>
                  <Close />
                </IconButton>
              </Tooltip>
            </Stack>
          ),
        )}
      </Stack>
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <Button
          size="small"
          startIcon={<Add />}
          onClick={() => onChange({ ...group, children: [...group.children, emptyCondition('category')] })}
          data-testid={`segment-add-condition-${path}`}
        >
          {t('stats.segments.addCondition')}
        </Button>
        {depth < maxNesting - 1 ? (
          <Button
            size="small"
            startIcon={<PlaylistAdd />}
            onClick={() =>
              onChange({
                ...group,
                children: [
                  ...group.children,
                  { kind: 'group', operator: group.operator === 'and' ? 'or' : 'and', children: [] },
                ],
              })
            }
            data-testid={`segment-add-group-${path}`}
          >
            {t('stats.segments.addGroup')}
          </Button>
        ) : null}
      </Stack>
    </Box>
  );
};
