// PostgreSQL through a `pg` pool, every connection set to the server's schema; notifications
// arrive on one dedicated connection that reconnects (and listens again) when it drops.
import pg from 'pg';
import { type Database, notifySql, type Queryable } from './database.ts';

const INT8_OID = 20;
const reconnectDelayMs = 1000;

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? Number
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

function queryable(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await target.query(sql, [...params])).rows as T[];
    },
    async exec(sql) {
      await target.query(sql);
    },
    async notify(channel, payload) {
      await target.query(notifySql, [channel, payload]);
    },
  };
}

export async function openPostgres(
  connectionString: string,
  schema: string,
  onBackgroundError: (error: Error) => void = () => {},
): Promise<Database> {
  const config: pg.ClientConfig = { connectionString, options: `-c search_path=${schema}`, types };
  const pool = new pg.Pool(config);
  pool.on('error', onBackgroundError);
  // Fail at start, not at the first request, when the database cannot be reached.
  await pool.query('SELECT 1');

  const handlers = new Map<string, Set<(payload: string) => void>>();
  let listener: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let closed = false;

  const dropped = (client: pg.Client) => {
    if (client !== listener) return;
    listener = undefined;
    connecting = undefined;
    scheduleReconnect();
  };

  const connectListener = async (): Promise<pg.Client> => {
    const client = new pg.Client(config);
    client.on('notification', (message) => {
      for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    client.on('error', (error) => {
      onBackgroundError(error);
      dropped(client);
    });
    client.on('end', () => dropped(client));
    await client.connect();
    listener = client;
    for (const channel of handlers.keys()) await client.query(`LISTEN "${channel}"`);
    return client;
  };

  const getListener = (): Promise<pg.Client> => {
    connecting ??= connectListener().catch((error: Error) => {
      connecting = undefined;
      throw error;
    });
    return connecting;
  };

  function scheduleReconnect() {
    if (closed || reconnectTimer || handlers.size === 0) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      getListener().catch((error: Error) => {
        onBackgroundError(error);
        scheduleReconnect();
      });
    }, reconnectDelayMs);
  }

  return {
    kind: 'postgres',
    schema,
    ...queryable(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(queryable(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
          client.release();
        } catch (rollbackError) {
          client.release(rollbackError as Error);
        }
        throw error;
      }
    },
    async listen(channel, onPayload) {
      if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Nama kanal tidak sah: ${channel}`);
      let channelHandlers = handlers.get(channel);
      if (!channelHandlers) {
        channelHandlers = new Set();
        handlers.set(channel, channelHandlers);
        const client = await getListener();
        await client.query(`LISTEN "${channel}"`);
      }
      channelHandlers.add(onPayload);
      return async () => {
        channelHandlers.delete(onPayload);
        if (channelHandlers.size > 0 || handlers.get(channel) !== channelHandlers) return;
        handlers.delete(channel);
        await listener?.query(`UNLISTEN "${channel}"`);
      };
    },
    async close() {
      closed = true;
      clearTimeout(reconnectTimer);
      const client = listener;
      listener = undefined;
      await client?.end();
      await pool.end();
    },
  };
}
