// The board's announcer: one call at a time, clip after clip, so two calls never talk over each
// other. Playing is injected (`play(src)`), which keeps the sequencing testable without audio.
// A clip that fails is skipped — the caption still carries the call for deaf visitors and when
// the speakers are off — and an autoplay refusal is reported once so the board can ask for a click.

export interface Announcement {
  /** Identifies the call (its ticket event id), so the screen can tell captions apart. */
  key: string;
  /** Clip ids in the order they are said: core/announcement/call-announcement.ts. */
  clips: readonly string[];
  caption: string;
}

export interface AnnouncerOptions {
  /** Plays one file to its end; rejects when it cannot play. */
  play(src: string): Promise<void>;
  /** Where a clip's file is; by default ./audio/<id>.ogg beside the page. */
  clipSrc?(clipId: string): string;
  onStart?(announcement: Announcement): void;
  onEnd?(announcement: Announcement): void;
  /** The browser refused to play without a user gesture (NotAllowedError). */
  onBlocked?(): void;
  /** Each announcement holds the caption at least this long, so a silent board stays readable. */
  minimumMs?: number;
  wait?(ms: number): Promise<void>;
}

export interface Announcer {
  announce(announcement: Announcement): void;
  /** Stop after the clip that is playing; queued announcements are dropped. */
  dispose(): void;
}

export const clipPath = (clipId: string): string => `./audio/${clipId}.ogg`;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function isAutoplayRefusal(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'NotAllowedError'
  );
}

export function createAnnouncer(options: AnnouncerOptions): Announcer {
  const clipSrc = options.clipSrc ?? clipPath;
  const wait = options.wait ?? sleep;
  const minimumMs = options.minimumMs ?? 0;
  const queue: Announcement[] = [];
  let running = false;
  let disposed = false;

  async function playClips(announcement: Announcement) {
    for (const clip of announcement.clips) {
      if (disposed) return;
      try {
        await options.play(clipSrc(clip));
      } catch (error) {
        if (isAutoplayRefusal(error)) options.onBlocked?.();
      }
    }
  }

  async function drain() {
    running = true;
    try {
      for (let next = queue.shift(); next && !disposed; next = queue.shift()) {
        options.onStart?.(next);
        await Promise.all([playClips(next), minimumMs > 0 ? wait(minimumMs) : undefined]);
        if (!disposed) options.onEnd?.(next);
      }
    } finally {
      running = false;
    }
  }

  return {
    announce(announcement) {
      if (disposed) return;
      queue.push(announcement);
      if (!running) void drain();
    },
    dispose() {
      disposed = true;
      queue.length = 0;
    },
  };
}
