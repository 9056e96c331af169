// The setup form's working copy. Every field is kept as typed (numbers as text), so a failed save
// never loses or rewrites what the supervisor entered; validate-setup.ts turns it into a config.

import { servicesForModel } from '../../core/catalog/services.ts';
import { pilotCentres } from '../../core/centre/centres.ts';
import type {
  InstallationConfig,
  OrderingPolicy,
  Role,
  ServiceModel,
} from '../../core/centre/config.ts';
import { newId } from '../../core/ids.ts';

/** Centre choice: a pilot centre's id, or this for a centre that is not in the list. */
export const CUSTOM_CENTRE = 'custom';

export interface CounterDraft {
  /** The counter's id: made once, kept for ever (tickets and reports point at it). */
  id: string;
  number: string;
  name: string;
  serviceIds: string[];
}

export interface RoleDraft {
  enabled: boolean;
  /** Electron display id as text; '' = the primary display. */
  displayId: string;
}

export interface SetupDraft {
  centre: string;
  /** A custom centre's id once it has one (kept when the config is edited). */
  customCentreId: string;
  name: string;
  shortName: string;
  city: string;
  timeZone: string;
  serviceModel: ServiceModel;
  counters: CounterDraft[];
  roles: Record<Role, RoleDraft>;
  printerEnabled: boolean;
  printerName: string;
  paperWidthMm: '58' | '80';
  orderingKind: OrderingPolicy['kind'];
  priorityBonusMinutes: string;
  regularPerPriority: string;
  noShowAfterCalls: string;
  idleSeconds: string;
  issuerSlot: string;
  issuerOf: string;
  pin: string;
  pinConfirm: string;
}

export function counterName(number: string | number): string {
  return `Loket ${number}`;
}

export function newCounter(number: number, serviceIds: readonly string[]): CounterDraft {
  return {
    id: newId(),
    number: String(number),
    name: counterName(number),
    serviceIds: [...serviceIds],
  };
}

export function emptyDraft(): SetupDraft {
  const model: ServiceModel = 'one_stop_shop';
  return {
    centre: '',
    customCentreId: '',
    name: '',
    shortName: '',
    city: '',
    timeZone: 'Asia/Jakarta',
    serviceModel: model,
    counters: [
      newCounter(
        1,
        servicesForModel(model).map((s) => s.id),
      ),
    ],
    roles: {
      kiosk: { enabled: false, displayId: '' },
      console: { enabled: false, displayId: '' },
      display: { enabled: false, displayId: '' },
    },
    printerEnabled: true,
    printerName: '',
    paperWidthMm: '80',
    orderingKind: 'weighted',
    priorityBonusMinutes: '30',
    regularPerPriority: '3',
    noShowAfterCalls: '3',
    idleSeconds: '60',
    issuerSlot: '1',
    issuerOf: '1',
    pin: '',
    pinConfirm: '',
  };
}

export function draftFromConfig(config: InstallationConfig): SetupDraft {
  const base = emptyDraft();
  const pilot = pilotCentres.find((c) => c.id === config.balai.id);
  const roles = { ...base.roles };
  for (const assignment of config.roles) {
    roles[assignment.role] = {
      enabled: true,
      displayId: assignment.displayId === undefined ? '' : String(assignment.displayId),
    };
  }
  const ordering = config.ordering;
  return {
    ...base,
    centre: pilot ? pilot.id : CUSTOM_CENTRE,
    customCentreId: pilot ? '' : config.balai.id,
    name: config.balai.name,
    shortName: config.balai.shortName,
    city: config.balai.city,
    timeZone: config.timeZone,
    serviceModel: config.serviceModel,
    counters: config.counters.map((c) => ({
      id: c.id,
      number: String(c.number),
      name: c.name,
      serviceIds: [...c.serviceIds],
    })),
    roles,
    printerEnabled: config.printer.enabled,
    printerName: config.printer.deviceName,
    paperWidthMm: config.printer.paperWidthMm === 58 ? '58' : '80',
    orderingKind: ordering.kind,
    priorityBonusMinutes:
      ordering.kind === 'weighted'
        ? String(ordering.priorityBonusMinutes)
        : base.priorityBonusMinutes,
    regularPerPriority:
      ordering.kind === 'ratio' ? String(ordering.regularPerPriority) : base.regularPerPriority,
    noShowAfterCalls: String(config.noShowAfterCalls),
    idleSeconds: String(config.kiosk.idleSeconds),
    issuerSlot: String(config.issuer.slot),
    issuerOf: String(config.issuer.of),
  };
}

/** Picking a pilot centre fills its name, city and time zone; "Balai lain" leaves them to type. */
export function chooseCentre(draft: SetupDraft, centre: string): SetupDraft {
  const pilot = pilotCentres.find((c) => c.id === centre);
  if (!pilot) {
    const wasPilot = pilotCentres.some((c) => c.id === draft.centre);
    // Coming from a pilot centre, its details would only mislead: start the custom one empty.
    return wasPilot
      ? { ...draft, centre, name: '', shortName: '', city: '' }
      : { ...draft, centre };
  }
  return {
    ...draft,
    centre,
    name: pilot.name,
    shortName: pilot.shortName,
    city: pilot.city,
    timeZone: pilot.timeZone,
  };
}

/** A counter's name follows its number while it is still the default "Loket N". */
export function renumberCounter(counter: CounterDraft, number: string): CounterDraft {
  const followsNumber = counter.name.trim() === '' || counter.name === counterName(counter.number);
  return { ...counter, number, name: followsNumber ? counterName(number) : counter.name };
}

export function nextCounterNumber(counters: readonly CounterDraft[]): number {
  const numbers = counters.map((c) => Number.parseInt(c.number, 10)).filter(Number.isFinite);
  return Math.min(99, Math.max(0, ...numbers) + 1);
}
