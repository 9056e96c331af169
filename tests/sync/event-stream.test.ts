// The events stream as the sync reads it: pokes, in whatever chunks the network delivers them.
import { expect, test } from 'vitest';
import { eventStreamParser, type StreamEvent } from '../../renderer/sync/event-stream.ts';

function collect(chunks: string[]): StreamEvent[] {
  const events: StreamEvent[] = [];
  const feed = eventStreamParser((event) => events.push(event));
  for (const chunk of chunks) feed(chunk);
  return events;
}

test('a poke split across chunks arrives once, whole; pings are skipped', () => {
  expect(
    collect([
      ': ping\n\nevent: po',
      'ke\ndata: {"rev":',
      '12}\n',
      '\n',
      'event: poke\r\ndata: {"rev":13}\r\n\r\n',
    ]),
  ).toEqual([
    { event: 'poke', data: '{"rev":12}' },
    { event: 'poke', data: '{"rev":13}' },
  ]);
});

test('an event is not delivered before the blank line that ends it', () => {
  expect(collect(['event: poke\ndata: {"rev":1}\n'])).toEqual([]);
});
