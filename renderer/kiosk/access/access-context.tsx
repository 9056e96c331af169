// The visitor's access choices, shared by the kiosk's steps and dialogs: each step says its
// guidance through useGuidance, which plays the step's recorded clip when voice is on.
import { createContext, useContext, useEffect } from 'react';
import type { GuidanceStep } from '../../../core/kiosk/guidance.ts';
import { defaultAccess, type KioskAccess } from './kiosk-access.ts';

export interface KioskAccessValue {
  access: KioskAccess;
  change(patch: Partial<KioskAccess>): void;
  /** Plays a step's guidance clip now (replacing one that is playing), if voice is on. */
  speak(step: GuidanceStep): void;
}

export const KioskAccessContext = createContext<KioskAccessValue>({
  access: defaultAccess,
  change: () => {},
  speak: () => {},
});

export function useKioskAccess(): KioskAccessValue {
  return useContext(KioskAccessContext);
}

/** Says a step's guidance once when the step (or dialog) opens, and again if it changes. */
export function useGuidance(step: GuidanceStep | undefined): void {
  const { speak } = useKioskAccess();
  useEffect(() => {
    if (step) speak(step);
  }, [step, speak]);
}
