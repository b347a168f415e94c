import type { ApiClient } from './ApiClient';
import { startTestServer, type TestServer, type TestUser } from './startTestServer';

type RoleClient = ApiClient & { user: TestUser };

export type EveryRole = {
  server: TestServer;
  admin: RoleClient;
  staff: RoleClient;
  coordinator: RoleClient;
  partner: RoleClient;
};

/** A test server with one signed-in user of each role; staff and coordinator belong to unit main. */
export const startServerWithEveryRole = async (databaseUrl: string | undefined): Promise<EveryRole> => {
  const server = await startTestServer({ ...(databaseUrl ? { databaseUrl } : {}) });
  return {
    server,
    admin: await server.clientFor('admin'),
    staff: await server.clientFor('staff', ['main']),
    coordinator: await server.clientFor('coordinator', ['main']),
    partner: await server.clientFor('partner'),
  };
};
