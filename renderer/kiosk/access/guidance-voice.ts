// Plays the kiosk's spoken guidance: one clip at a time, a new step cutting off the last one, at
// the visitor's volume. Clips are files beside the renderer (resources/public/audio); a clip that
// cannot play (no sound device, a missing file) is skipped silently: the screen says the same.
import {
  type GuidanceLanguage,
  type GuidanceStep,
  guidanceClipId,
} from '../../../core/kiosk/guidance.ts';

export interface GuidanceVoice {
  play(language: GuidanceLanguage, step: GuidanceStep, volume: number): void;
  stop(): void;
}

export function createGuidanceVoice(): GuidanceVoice {
  let playing: HTMLAudioElement | undefined;
  const stop = () => {
    playing?.pause();
    playing = undefined;
  };
  return {
    play(language, step, volume) {
      stop();
      const audio = new Audio(`./audio/${guidanceClipId(language, step)}.ogg`);
      audio.volume = volume;
      audio.dataset.guidance = step;
      playing = audio;
      audio.play().catch(() => {
        if (playing === audio) playing = undefined;
      });
    },
    stop,
  };
}
