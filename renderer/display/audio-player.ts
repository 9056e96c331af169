// Plays one announcement clip through an HTMLAudioElement and settles when it ends. A clip that
// cannot load, or hangs, rejects instead of holding up the calls queued behind it.

/** No clip is this long; a stalled one is given up on after it. */
const CLIP_TIMEOUT_MS = 15_000;

export function playAudio(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const audio = new Audio(src);
    const timer = window.setTimeout(() => {
      audio.pause();
      settle(new Error(`Clip ${src} did not finish`));
    }, CLIP_TIMEOUT_MS);
    function settle(error?: unknown) {
      window.clearTimeout(timer);
      audio.onended = null;
      audio.onerror = null;
      if (error === undefined) resolve();
      else reject(error);
    }
    audio.onended = () => settle();
    audio.onerror = () => settle(new Error(`Clip ${src} could not be loaded`));
    audio.play().catch((error: unknown) => settle(error ?? new Error('play() failed')));
  });
}
