// UI text lives here, never in components: one catalogue per feature, Bahasa Indonesia first and
// English beside it (en/, typed against id/, so a missing key in either fails the typecheck). `{name}` placeholders are filled from
// params; numbers are formatted the Indonesian way (1.234).

import { english } from './en/index.ts';
import { assessment } from './id/assessment.ts';
import { casework } from './id/casework.ts';
import { common } from './id/common.ts';
import { consoleText } from './id/console.ts';
import { display } from './id/display.ts';
import { emergency } from './id/emergency.ts';
import { kiosk } from './id/kiosk.ts';
import { referral } from './id/referral.ts';
import { reports } from './id/reports.ts';
import { setup } from './id/setup.ts';
import { sync } from './id/sync.ts';

export const catalogue = {
  common,
  kiosk,
  console: consoleText,
  display,
  setup,
  sync,
  reports,
  casework,
  assessment,
  emergency,
  referral,
};

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<typeof catalogue>;

export type Language = 'id' | 'en';
let language: Language = 'id';

/** The language t() speaks from now on (the kiosk's toggle; every other screen stays 'id'). */
export function setLanguage(next: Language): void {
  language = next;
}

export function currentLanguage(): Language {
  return language;
}
export type MessageParams = Record<string, string | number>;

const numberFormat = new Intl.NumberFormat('id-ID');

const catalogues = { id: catalogue, en: english } as const;

function lookup(key: string): string {
  let node: unknown = catalogues[language];
  for (const part of key.split('.')) {
    node = (node as Record<string, unknown> | undefined)?.[part];
  }
  return typeof node === 'string' ? node : key;
}

export function t(key: MessageKey, params?: MessageParams): string {
  const text = lookup(key);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat.format(value) : value;
  });
}
