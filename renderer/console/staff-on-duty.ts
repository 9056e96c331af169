// Who is on duty at this console window ("Petugas bertugas"), until sign-in arrives (issue 6):
// chosen from the centre's active staff (the reference data cached from the server), or "Petugas
// lain" when the centre has no staff list. Kept per window (sessionStorage) like the counter, and
// shared by every component of the window, so the header's chooser and the ticket actions that
// record `staffId` always agree.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useSyncExternalStore } from 'react';
import type { StaffMember } from '../../core/centre/reference.ts';
import { cachedReference } from '../store/reference.ts';
import type { Store } from '../store/store.ts';

const STAFF_ON_DUTY_KEY = 'serasi.console.staffId';

/** The stand-in when the centre has no staff list: reports show it as "Petugas lain". */
export const OTHER_STAFF: StaffMember = {
  id: 'petugas-lain',
  name: 'Petugas lain',
  role: 'petugas_loket',
  active: true,
};

const listeners = new Set<() => void>();

function readChoice(): string | null {
  try {
    return sessionStorage.getItem(STAFF_ON_DUTY_KEY);
  } catch {
    return null;
  }
}

function writeChoice(staffId: string | null) {
  try {
    if (staffId) sessionStorage.setItem(STAFF_ON_DUTY_KEY, staffId);
    else sessionStorage.removeItem(STAFF_ON_DUTY_KEY);
  } catch {
    // Storage may be unavailable; the choice then lasts until the window is reloaded.
    memoryChoice = staffId;
  }
  for (const listener of listeners) listener();
}

let memoryChoice: string | null = null;

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function currentChoice(): string | null {
  return readChoice() ?? memoryChoice;
}

/** The centre's active staff, best known first by name; the stand-in when there is no list. */
export function useCentreStaff(store: Store): StaffMember[] | undefined {
  return useLiveQuery(async () => {
    const reference = await cachedReference(store.db);
    const active = (reference?.staff ?? []).filter((s) => s.active);
    return active.length > 0
      ? [...active].sort((a, b) => a.name.localeCompare(b.name, 'id'))
      : [OTHER_STAFF];
  }, [store.db]);
}

export interface StaffOnDuty {
  staff: StaffMember[] | undefined;
  /** The chosen member, if the choice is still on the centre's list. */
  onDuty: StaffMember | undefined;
  /** What ticket actions record; undefined until someone is chosen. */
  staffId: string | undefined;
  choose: (staffId: string | null) => void;
}

export function useStaffOnDuty(store: Store): StaffOnDuty {
  const staff = useCentreStaff(store);
  const chosen = useSyncExternalStore(subscribe, currentChoice);
  const onDuty = staff?.find((s) => s.id === chosen);
  const choose = useCallback((staffId: string | null) => writeChoice(staffId), []);
  return { staff, onDuty, staffId: onDuty?.id, choose };
}
