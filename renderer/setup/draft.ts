// The setup form's working copy. Every field is kept as typed (numbers as text), so a failed save
// never loses or rewrites what the supervisor entered; validate-setup.ts turns it into a config.
// It starts empty, from the saved config, or from the reference data of the centre this PC has
// just enrolled with.

import { servicesForModel } from '../../core/catalog/services.ts';
import { pilotCentres } from '../../core/centre/centres.ts';
import type {
  InstallationConfig,
  OrderingPolicy,
  Role,
  ServiceModel,
} from '../../core/centre/config.ts';
import type { CentreReference } from '../../core/centre/reference.ts';
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
  targetWaitMinutes: string;
  /** Service hours, "07:30" and "16:00". */
  opensAt: string;
  closesAt: string;
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
    targetWaitMinutes: '30',
    opensAt: '07:30',
    closesAt: '16:00',
    idleSeconds: '60',
    issuerSlot: '1',
    issuerOf: '1',
    pin: '',
    pinConfirm: '',
  };
}

/** The centre's part of the draft: who it is, its service model, counters and queue policy. */
type CentreDraft = Pick<
  SetupDraft,
  | 'centre'
  | 'customCentreId'
  | 'name'
  | 'shortName'
  | 'city'
  | 'timeZone'
  | 'serviceModel'
  | 'counters'
  | 'orderingKind'
  | 'priorityBonusMinutes'
  | 'regularPerPriority'
  | 'noShowAfterCalls'
  | 'targetWaitMinutes'
>;

function centreDraft(
  base: SetupDraft,
  centre: { id: string; name: string; shortName: string; city: string; timeZone: string },
  settings: Pick<
    InstallationConfig,
    'serviceModel' | 'counters' | 'ordering' | 'noShowAfterCalls' | 'targetWaitMinutes'
  >,
): CentreDraft {
  const pilot = pilotCentres.find((c) => c.id === centre.id);
  const ordering = settings.ordering;
  return {
    centre: pilot ? pilot.id : CUSTOM_CENTRE,
    customCentreId: pilot ? '' : centre.id,
    name: centre.name,
    shortName: centre.shortName,
    city: centre.city,
    timeZone: centre.timeZone,
    serviceModel: settings.serviceModel,
    counters: settings.counters.map((c) => ({
      id: c.id,
      number: String(c.number),
      name: c.name,
      serviceIds: [...c.serviceIds],
    })),
    orderingKind: ordering.kind,
    priorityBonusMinutes:
      ordering.kind === 'weighted'
        ? String(ordering.priorityBonusMinutes)
        : base.priorityBonusMinutes,
    regularPerPriority:
      ordering.kind === 'ratio' ? String(ordering.regularPerPriority) : base.regularPerPriority,
    noShowAfterCalls: String(settings.noShowAfterCalls),
    targetWaitMinutes: String(settings.targetWaitMinutes),
  };
}

export function draftFromConfig(config: InstallationConfig): SetupDraft {
  const base = emptyDraft();
  const roles = { ...base.roles };
  for (const assignment of config.roles) {
    roles[assignment.role] = {
      enabled: true,
      displayId: assignment.displayId === undefined ? '' : String(assignment.displayId),
    };
  }
  return {
    ...base,
    ...centreDraft(base, { ...config.balai, timeZone: config.timeZone }, config),
    roles,
    printerEnabled: config.printer.enabled,
    printerName: config.printer.deviceName,
    paperWidthMm: config.printer.paperWidthMm === 58 ? '58' : '80',
    opensAt: config.serviceHours.opens,
    closesAt: config.serviceHours.closes,
    idleSeconds: String(config.kiosk.idleSeconds),
    issuerSlot: String(config.issuer.slot),
    issuerOf: String(config.issuer.of),
  };
}

/**
 * The draft after enrolling: the centre, its counters and queue policy as the server keeps them,
 * and the roles the enrolment code grants switched on. What belongs to this PC alone (screens,
 * printer, kiosk number, PIN) stays as the staff member left it.
 */
export function draftFromReference(
  draft: SetupDraft,
  reference: CentreReference,
  enrolledRoles: readonly Role[],
): SetupDraft {
  const roles = { ...draft.roles };
  for (const role of Object.keys(roles) as Role[]) {
    roles[role] = { ...roles[role], enabled: enrolledRoles.includes(role) };
  }
  return {
    ...draft,
    ...centreDraft(draft, reference.centre, { ...reference.centre, counters: reference.counters }),
    roles,
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
