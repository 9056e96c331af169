// Announces every new call and recall on the board: the chime and the spoken number through the
// announcer, and the caption — which for a deaf visitor is the call — during and after it.
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useRef, useState } from 'react';
import { callAnnouncement } from '../../core/announcement/call-announcement.ts';
import { chimeClipId } from '../../core/announcement/clips.ts';
import { recentCalls } from '../store/queue-queries.ts';
import { today } from '../store/store.ts';
import { useStore } from '../store/store-context.tsx';
import { type Announcement, clipPath, createAnnouncer } from './announcer.ts';
import { playAudio } from './audio-player.ts';
import { watchCalls } from './new-calls.ts';

/** How many of the latest calls are watched: more than any burst of calls between two reads. */
const WATCHED_CALLS = 30;
/** A caption stays at least this long, so a board without sound is still readable. */
const CAPTION_MINIMUM_MS = 6_000;
/** …and this long after its announcement ends. */
const CAPTION_HOLD_MS = 8_000;

export interface CallAnnouncements {
  /** The call being announced (or just announced), null when the board is quiet. */
  current: Announcement | null;
  /** The browser refused to play sound until someone clicks; asked only once. */
  soundBlocked: boolean;
  enableSound(): void;
}

export function useCallAnnouncements(): CallAnnouncements {
  const store = useStore();
  const [current, setCurrent] = useState<Announcement | null>(null);
  const [soundBlocked, setSoundBlocked] = useState(false);
  const askedForSound = useRef(false);

  useEffect(() => {
    let clearTimer: number | undefined;
    const announcer = createAnnouncer({
      play: playAudio,
      minimumMs: CAPTION_MINIMUM_MS,
      onStart(announcement) {
        window.clearTimeout(clearTimer);
        setCurrent(announcement);
      },
      onEnd(announcement) {
        clearTimer = window.setTimeout(() => {
          setCurrent((shown) => (shown?.key === announcement.key ? null : shown));
        }, CAPTION_HOLD_MS);
      },
      onBlocked() {
        if (askedForSound.current) return;
        askedForSound.current = true;
        setSoundBlocked(true);
      },
    });
    const watch = watchCalls();
    const subscription = liveQuery(() =>
      recentCalls(store.db, today(store), WATCHED_CALLS),
    ).subscribe({
      next(events) {
        for (const event of watch.fresh(events)) {
          const counter = store.config.counters.find((c) => c.id === event.counterId);
          if (!counter) continue;
          const { clips, caption } = callAnnouncement(
            event.ticketNumber,
            counter.number,
            counter.name,
          );
          announcer.announce({ key: event.id, clips, caption });
        }
      },
      error() {
        // A failed read leaves the board as it is; the next change reads again.
      },
    });
    return () => {
      subscription.unsubscribe();
      announcer.dispose();
      window.clearTimeout(clearTimer);
    };
  }, [store]);

  const enableSound = useCallback(() => {
    setSoundBlocked(false);
    // Played inside the click, which is what lets the browser play the calls that follow.
    playAudio(clipPath(chimeClipId)).catch(() => undefined);
  }, []);

  return { current, soundBlocked, enableSound };
}
