// A TCP proxy that stands between the devices and the sync server and misbehaves on request, the
// way a centre's network does: it can pass traffic, delay it, swallow it (a dead link that keeps
// connections open) or reset every connection. Listens on 127.0.0.1.
import { createServer, type Server, Socket } from 'node:net';

export type ProxyMode =
  | { kind: 'pass' }
  /** Every chunk in either direction is held this long. */
  | { kind: 'delay'; ms: number }
  /** New and open connections stay open but nothing gets through. */
  | { kind: 'drop' }
  /** Every connection, open or new, is reset (TCP RST). */
  | { kind: 'reset' };

export interface TcpProxy {
  url: string;
  port: number;
  setMode(mode: ProxyMode): void;
  /** Reset every open connection now, whatever the mode. */
  resetAll(): void;
  /** Point the proxy at another upstream port (a restarted server). */
  setUpstream(port: number): void;
  close(): Promise<void>;
}

export async function startTcpProxy(upstreamPort: number, listenPort = 0): Promise<TcpProxy> {
  let mode: ProxyMode = { kind: 'pass' };
  let upstream = upstreamPort;
  const open = new Set<Socket>();

  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
  };

  const forward = (from: Socket, to: Socket) => {
    from.on('data', (chunk) => {
      if (mode.kind === 'drop') return;
      if (mode.kind === 'reset') {
        from.resetAndDestroy();
        to.resetAndDestroy();
        return;
      }
      if (mode.kind === 'delay') {
        from.pause();
        setTimeout(() => {
          if (!to.destroyed) to.write(chunk);
          from.resume();
        }, mode.ms);
        return;
      }
      to.write(chunk);
    });
    from.on('end', () => to.end());
    from.on('close', () => to.destroy());
  };

  const server: Server = createServer((client) => {
    track(client);
    if (mode.kind === 'reset') {
      client.resetAndDestroy();
      return;
    }
    const target = new Socket();
    track(target);
    target.connect(upstream, '127.0.0.1');
    target.on('error', () => client.destroy());
    forward(client, target);
    forward(target, client);
  });

  await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');

  const resetAll = () => {
    for (const socket of open) socket.resetAndDestroy();
  };

  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    setMode(next) {
      mode = next;
      if (next.kind === 'reset') resetAll();
    },
    resetAll,
    setUpstream(port) {
      upstream = port;
    },
    close: () =>
      new Promise<void>((resolve) => {
        resetAll();
        server.close(() => resolve());
      }),
  };
}
