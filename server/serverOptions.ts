import path from 'node:path';

export type ServerOptions = {
  port: number;
  host: string;
  dataDirectory: string;
  databaseUrl?: string;
  tlsCertFile?: string;
  tlsKeyFile?: string;
  staticDirectory: string;
  minClientVersion: string;
  corsOrigins?: string[];
  logLevel: string;
};

const flagValue = (args: readonly string[], name: string): string | undefined => {
  const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index < 0) return undefined;
  const arg = args[index]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
};

/** Command-line flags win over environment variables, which win over defaults. */
export const parseServerOptions = (args: readonly string[], env: NodeJS.ProcessEnv): ServerOptions => {
  const pick = (flag: string, variable: string) => flagValue(args, flag) ?? env[variable];
  const port = Number(pick('port', 'KONTAKT_PORT') ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`invalid port: ${String(port)}`);
  const tlsCertFile = pick('tls-cert', 'KONTAKT_TLS_CERT');
  const tlsKeyFile = pick('tls-key', 'KONTAKT_TLS_KEY');
  if (Boolean(tlsCertFile) !== Boolean(tlsKeyFile)) throw new Error('--tls-cert and --tls-key go together');
  const databaseUrl = pick('database-url', 'DATABASE_URL');
  const corsOrigins = pick('cors-origins', 'KONTAKT_CORS_ORIGINS');
  return {
    port,
    host: pick('host', 'KONTAKT_HOST') ?? '127.0.0.1',
    dataDirectory: path.resolve(pick('data-dir', 'KONTAKT_DATA_DIR') ?? './kontakt-server-data'),
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(tlsCertFile && tlsKeyFile ? { tlsCertFile, tlsKeyFile } : {}),
    staticDirectory: path.resolve(pick('static-dir', 'KONTAKT_STATIC_DIR') ?? 'dist/renderer'),
    minClientVersion: pick('min-client-version', 'KONTAKT_MIN_CLIENT_VERSION') ?? '0.1.0',
    ...(corsOrigins ? { corsOrigins: corsOrigins.split(',').map((origin) => origin.trim()) } : {}),
    logLevel: pick('log-level', 'KONTAKT_LOG_LEVEL') ?? 'info',
  };
};
