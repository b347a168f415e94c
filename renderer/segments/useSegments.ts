import { useCallback, useMemo } from 'react';
import { parseSegments, segmentsToStore } from '../../shared/segments/parseSegments';
import type { Segment } from '../../shared/segments/segmentTypes';
import { featureSettingsOf } from '../../shared/model';
import { useStore } from '../app/AppContext';
import { updateSettings } from '../state/registerActions';

export const segmentsFeature = 'segments';

/**
 * The saved segments of this register (in its encrypted settings, `features.segments`), and saving and
 * deleting them. Saving rewrites the list in one settings write, so a failed write leaves the old list.
 */
export const useSegments = () => {
  const store = useStore();
  const settings = store.settings();
  const stored = featureSettingsOf(settings, segmentsFeature);
  const segments = useMemo(() => parseSegments(stored), [stored]);
  const write = useCallback(
    async (next: readonly Segment[]) => {
      // The device's own settings: segments are per device, not register-wide configuration.
      const current = store.localSettings();
      await updateSettings(store, {
        features: {
          ...current.features,
          [segmentsFeature]: segmentsToStore(featureSettingsOf(current, segmentsFeature), next),
        },
      });
    },
    [store],
  );
  const save = useCallback(
    (segment: Segment) => {
      const exists = segments.some((item) => item.id === segment.id);
      return write(
        exists ? segments.map((item) => (item.id === segment.id ? segment : item)) : [...segments, segment],
      );
    },
    [segments, write],
  );
  const remove = useCallback(
    (id: string) => write(segments.filter((item) => item.id !== id)),
    [segments, write],
  );
  return { segments, save, remove };
};
