// Pokes: "the centre's log moved to rev N", sent with NOTIFY by whichever server instance
// committed the push and received through LISTEN by every instance (PGlite does the same
// in-process), then handed to the centre's event streams.
import type { Database } from './db/database.ts';

function pokeChannel(schema: string): string {
  return `serasi_poke_${schema}`;
}

export function pokePayload(centreId: string, rev: number): string {
  return `${centreId}:${rev}`;
}

export interface PokeHub {
  readonly channel: string;
  subscribe(centreId: string, onPoke: (rev: number) => void): () => void;
  stop(): Promise<void>;
}

export async function startPokeHub(db: Database): Promise<PokeHub> {
  const channel = pokeChannel(db.schema);
  const subscribers = new Map<string, Set<(rev: number) => void>>();
  const unlisten = await db.listen(channel, (payload) => {
    const colon = payload.lastIndexOf(':');
    const rev = Number(payload.slice(colon + 1));
    if (colon < 0 || !Number.isSafeInteger(rev)) return;
    for (const onPoke of subscribers.get(payload.slice(0, colon)) ?? []) onPoke(rev);
  });
  return {
    channel,
    subscribe(centreId, onPoke) {
      let centreSubscribers = subscribers.get(centreId);
      if (!centreSubscribers) {
        centreSubscribers = new Set();
        subscribers.set(centreId, centreSubscribers);
      }
      centreSubscribers.add(onPoke);
      return () => {
        centreSubscribers.delete(onPoke);
        if (centreSubscribers.size === 0 && subscribers.get(centreId) === centreSubscribers) {
          subscribers.delete(centreId);
        }
      };
    },
    async stop() {
      subscribers.clear();
      await unlisten();
    },
  };
}
