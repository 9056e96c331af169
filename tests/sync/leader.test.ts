// One window per installation runs the sync: the first to get the lock, until it closes; then the
// next waiting window takes over. A window closed while still waiting never runs it.
import { expect, test } from 'vitest';
import { whileLeader } from '../../renderer/sync/leader.ts';

/** An exclusive Web Lock queue, as the browser keeps one per origin. */
function fakeLocks(): LockManager {
  let tail: Promise<unknown> = Promise.resolve();
  const request = (
    name: string,
    options: LockOptions,
    callback: (lock: Lock | null) => Promise<unknown>,
  ) => {
    const turn = tail.then(() => {
      if (options.signal?.aborted) throw new DOMException('Gave up waiting', 'AbortError');
      return callback({ name, mode: 'exclusive' });
    });
    tail = turn.catch(() => {});
    return turn;
  };
  return { request } as unknown as LockManager;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

test('the first window leads until it closes, then a waiting window takes over', async () => {
  const locks = fakeLocks();
  const log: string[] = [];
  const windowOf = (name: string) =>
    whileLeader(() => {
      log.push(`${name} starts`);
      return () => log.push(`${name} stops`);
    }, locks);

  const closeConsole = windowOf('console');
  const closeBoard = windowOf('board');
  await settle();
  expect(log).toEqual(['console starts']);

  closeConsole();
  await settle();
  expect(log).toEqual(['console starts', 'console stops', 'board starts']);

  closeBoard();
  await settle();
  expect(log.at(-1)).toBe('board stops');
});

test('a window closed while waiting for the lock never runs the sync', async () => {
  const locks = fakeLocks();
  const started: string[] = [];
  const closeKiosk = whileLeader(() => {
    started.push('kiosk');
    return () => {};
  }, locks);
  const closeBoard = whileLeader(() => {
    started.push('board');
    return () => {};
  }, locks);
  closeBoard();
  await settle();
  closeKiosk();
  await settle();
  expect(started).toEqual(['kiosk']);
});
