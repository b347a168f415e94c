import { Stack } from '@mui/material';
import type { SyncCollection } from '../../../shared/sync/syncProtocol';
import { useServerUser } from '../../admin/useServerUser';
import { RecordAccessLog } from './RecordAccessLog';
import { RecordSharing } from './RecordSharing';

/**
 * A detail page's server actions: the access log for admins, sharing for admins and coordinators of
 * the record's unit. Renders nothing when not signed in to a server or for other roles.
 */
export const RecordServerActions = ({
  collection,
  recordId,
  owningUnit,
}: {
  collection: SyncCollection;
  recordId: string;
  owningUnit: string;
}) => {
  const server = useServerUser();
  if (server.kind !== 'known') return null;
  const isAdmin = server.isAdmin;
  const mayShare = isAdmin || (server.user.role === 'coordinator' && server.user.units.includes(owningUnit));
  if (!isAdmin && !mayShare) return null;
  return (
    <Stack direction="row" spacing={1} data-testid="record-server-actions">
      {isAdmin ? <RecordAccessLog api={server.api} collection={collection} recordId={recordId} /> : null}
      {mayShare ? (
        <RecordSharing
          api={server.api}
          isAdmin={isAdmin}
          collection={collection}
          recordId={recordId}
          owningUnit={owningUnit}
        />
      ) : null}
    </Stack>
  );
};
