// The English catalogue: the same features and keys as the Indonesian one in ../id/.
import type { catalogue } from '../index.ts';
import type { Translation } from '../translation.ts';
import { assessment } from './assessment.ts';
import { casework } from './casework.ts';
import { common } from './common.ts';
import { consoleText } from './console.ts';
import { display } from './display.ts';
import { emergency } from './emergency.ts';
import { kiosk } from './kiosk.ts';
import { referral } from './referral.ts';
import { reports } from './reports.ts';
import { setup } from './setup.ts';
import { sync } from './sync.ts';

export const english: Translation<typeof catalogue> = {
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
