// How one visitor wants the kiosk: language, text size, contrast, spoken guidance and its volume,
// reach mode (every control in the lower part of a portrait screen, for wheelchair users) and
// single-switch scanning. Chosen on the kiosk's access bar; each visit starts from the defaults,
// so the next visitor does not inherit them.
import type { Language } from '../../i18n/index.ts';

export const textScales = [1, 1.5, 2] as const;
export type TextScale = (typeof textScales)[number];

export const volumeSteps = [0.25, 0.5, 0.75, 1] as const;
export type Volume = (typeof volumeSteps)[number];

export interface KioskAccess {
  language: Language;
  textScale: TextScale;
  highContrast: boolean;
  voice: boolean;
  volume: Volume;
  reach: boolean;
  scanning: boolean;
}

export const defaultAccess: KioskAccess = {
  language: 'id',
  textScale: 1,
  highContrast: false,
  voice: true,
  volume: 0.75,
  reach: false,
  scanning: false,
};

/** 100 % → 150 % → 200 % → 100 %. */
export function nextTextScale(scale: TextScale): TextScale {
  return textScales[(textScales.indexOf(scale) + 1) % textScales.length] ?? 1;
}

/** One step louder or quieter, staying within the steps. */
export function stepVolume(volume: Volume, direction: 1 | -1): Volume {
  const index = volumeSteps.indexOf(volume) + direction;
  return volumeSteps[Math.min(volumeSteps.length - 1, Math.max(0, index))] ?? volume;
}

/** The class names the kiosk root takes for the visitor's choices. */
export function accessClassNames(access: KioskAccess): string {
  return [
    'kiosk',
    access.textScale > 1 ? 'kiosk--large-text' : '',
    access.highContrast ? 'kiosk--contrast' : '',
    access.reach ? 'kiosk--reach' : '',
    access.scanning ? 'kiosk--scanning' : '',
  ]
    .filter(Boolean)
    .join(' ');
}
