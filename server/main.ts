import { addUser, parseAddUserArgs } from './cli/addUserCommand';
import { openSqlClient } from './db/openSqlClient';
import { parseServerOptions } from './serverOptions';
import { startServer } from './startServer';

// `npm run server` starts the company server; `npm run server -- user add …` creates a user and exits.

const readStdin = async (): Promise<string> => {
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
};

const runUserAdd = async (args: string[]) => {
  const options = parseServerOptions(args, process.env);
  const password = process.env.KONTAKT_PASSWORD ?? (await readStdin());
  const input = parseAddUserArgs(args, password);
  const sql = await openSqlClient(options);
  try {
    const user = await addUser(sql, input);
    console.log(
      `Created ${user.role} ${user.username} (${user.id}) in ${user.units.join(', ') || 'no unit'}.`,
    );
  } finally {
    await sql.close();
  }
};

const runServer = async (args: string[]) => {
  const options = parseServerOptions(args, process.env);
  const server = await startServer(options);
  server.app.log.info({ url: server.url, database: server.sql.kind }, 'Kontakt server listening');
  const shutdown = () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
};

const args = process.argv.slice(2);
try {
  if (args[0] === 'user' && args[1] === 'add') await runUserAdd(args.slice(2));
  else await runServer(args);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
