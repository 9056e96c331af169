// The board's announcer: one call at a time, every clip in order, a failed clip skipped, an
// autoplay refusal reported — without any audio, through an injected player.
import { describe, expect, it } from 'vitest';
import { type Announcement, createAnnouncer } from '../../renderer/display/announcer.ts';

const call = (key: string, clips: string[]): Announcement => ({ key, clips, caption: key });

/** A player whose clips finish when the test says so. */
function manualPlayer() {
  const started: string[] = [];
  const pending: Array<{ resolve(): void; reject(error: unknown): void }> = [];
  return {
    started,
    play(src: string) {
      started.push(src);
      return new Promise<void>((resolve, reject) => pending.push({ resolve, reject }));
    },
    async finish(error?: unknown) {
      const next = pending.shift();
      if (!next) throw new Error('nothing is playing');
      if (error === undefined) next.resolve();
      else next.reject(error);
      // Let the announcer move on to its next clip.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

describe('announcer', () => {
  it('plays the clips of one call in order before starting the next call', async () => {
    const player = manualPlayer();
    const events: string[] = [];
    const announcer = createAnnouncer({
      play: player.play,
      onStart: (a) => events.push(`start ${a.key}`),
      onEnd: (a) => events.push(`end ${a.key}`),
    });
    announcer.announce(call('first', ['chime', 'satu']));
    announcer.announce(call('second', ['chime', 'dua']));
    await player.finish();
    expect(player.started).toEqual(['./audio/chime.ogg', './audio/satu.ogg']);
    await player.finish();
    await player.finish();
    await player.finish();
    expect(player.started).toEqual([
      './audio/chime.ogg',
      './audio/satu.ogg',
      './audio/chime.ogg',
      './audio/dua.ogg',
    ]);
    expect(events).toEqual(['start first', 'end first', 'start second', 'end second']);
  });

  it('skips a clip that cannot play and goes on with the rest', async () => {
    const player = manualPlayer();
    const ended: string[] = [];
    const announcer = createAnnouncer({ play: player.play, onEnd: (a) => ended.push(a.key) });
    announcer.announce(call('a', ['chime', 'missing', 'dua']));
    await player.finish();
    await player.finish(new Error('404'));
    await player.finish();
    expect(player.started.at(-1)).toBe('./audio/dua.ogg');
    expect(ended).toEqual(['a']);
  });

  it('reports an autoplay refusal, and keeps going so the captions still follow', async () => {
    let blocked = 0;
    const ended: string[] = [];
    const announcer = createAnnouncer({
      play: () => Promise.reject(new DOMException('no gesture', 'NotAllowedError')),
      onBlocked: () => blocked++,
      onEnd: (a) => ended.push(a.key),
    });
    announcer.announce(call('a', ['chime']));
    announcer.announce(call('b', ['chime']));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(blocked).toBe(2);
    expect(ended).toEqual(['a', 'b']);
  });

  it('holds each call for the minimum time, so a silent board stays readable', async () => {
    const waits: number[] = [];
    const announcer = createAnnouncer({
      play: () => Promise.resolve(),
      minimumMs: 6000,
      wait: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    announcer.announce(call('a', ['chime']));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(waits).toEqual([6000]);
  });

  it('says nothing more once disposed', async () => {
    const player = manualPlayer();
    const announcer = createAnnouncer({ play: player.play });
    announcer.announce(call('a', ['chime', 'satu']));
    announcer.announce(call('b', ['chime']));
    announcer.dispose();
    await player.finish();
    expect(player.started).toEqual(['./audio/chime.ogg']);
  });
});
