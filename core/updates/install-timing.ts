// When a downloaded update may restart the app. Never during service: inside the centre's service
// hours the update waits for the app to be closed (electron-updater installs at quit) or for the
// closing time; after closing it still waits while anyone is in the middle of something on this PC
// (a visitor registering at the kiosk, a ticket in hand at the console).
import { localMinuteOfDay } from '../time/local-day.ts';

export interface ServiceHours {
  /** "07:30": the centre's local time. */
  opens: string;
  /** "16:00". */
  closes: string;
}

export type InstallTiming =
  | { install: true }
  | { install: false; reason: 'service_hours' | 'busy'; message: string };

/** "07:30" → 450. */
export function clockMinutes(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** "16:00" → "16.00", as Indonesian writes a time. */
const spoken = (clock: string) => clock.replace(':', '.');

/** Whether `now` falls inside the service hours, in the centre's time zone. */
export function inServiceHours(now: number, timeZone: string, hours: ServiceHours): boolean {
  const minute = localMinuteOfDay(now, timeZone);
  return minute >= clockMinutes(hours.opens) && minute < clockMinutes(hours.closes);
}

export function installTiming(input: {
  now: number;
  timeZone: string;
  serviceHours: ServiceHours;
  /** Someone is in the middle of something on this PC. */
  busy: boolean;
}): InstallTiming {
  if (inServiceHours(input.now, input.timeZone, input.serviceHours)) {
    return {
      install: false,
      reason: 'service_hours',
      message: `Dipasang saat aplikasi ditutup, atau setelah pukul ${spoken(input.serviceHours.closes)}.`,
    };
  }
  if (input.busy) {
    return {
      install: false,
      reason: 'busy',
      message: 'Dipasang setelah layanan yang sedang berjalan di PC ini selesai.',
    };
  }
  return { install: true };
}
