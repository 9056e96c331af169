// Turns the setup draft into an InstallationConfig, or into messages for the fields that need
// fixing — in the order the fields appear, so the error summary reads top to bottom. Our own
// checks come first (they know the form and speak plainly); the config schema is the last word.

import { servicesForModel } from '../../core/catalog/services.ts';
import { pilotCentres } from '../../core/centre/centres.ts';
import {
  type InstallationConfig,
  installationConfigSchema,
  type OrderingPolicy,
  type Role,
  roles,
} from '../../core/centre/config.ts';
import { pinProblem } from '../../core/security/pin.ts';
import { t } from '../i18n/index.ts';
import { type CounterDraft, CUSTOM_CENTRE, type SetupDraft } from './draft.ts';
import { fieldIds } from './field-ids.ts';

export interface FieldError {
  /** The id of the element the message belongs to (and the summary links to). */
  field: string;
  message: string;
  /** Which of several alike fields it is ("Loket 2"), for the summary. */
  context?: string;
}

export type SetupResult =
  | { ok: true; config: Omit<InstallationConfig, 'supervisorPinHash'>; newPin: string | null }
  | { ok: false; errors: FieldError[] };

const timeZones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
type TimeZone = (typeof timeZones)[number];

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
}

/** The draft's counter services that its service model offers (others stay in the draft). */
export function offeredServiceIds(draft: SetupDraft, counter: CounterDraft): string[] {
  const offered = new Set(servicesForModel(draft.serviceModel).map((s) => s.id));
  return counter.serviceIds.filter((id) => offered.has(id));
}

/**
 * The supervisor PIN typed twice: required the first time; left empty when editing (`hasPin`),
 * it stays as it was (newPin null).
 */
export function checkNewPin(
  draft: Pick<SetupDraft, 'pin' | 'pinConfirm'>,
  hasPin: boolean,
): { errors: FieldError[]; newPin: string | null } {
  if (hasPin && draft.pin === '' && draft.pinConfirm === '') return { errors: [], newPin: null };
  const problem = draft.pin === '' ? t('setup.errors.pinMissing') : pinProblem(draft.pin);
  if (problem) return { errors: [{ field: fieldIds.pin, message: problem }], newPin: null };
  if (draft.pinConfirm !== draft.pin) {
    return {
      errors: [{ field: fieldIds.pinConfirm, message: t('setup.errors.pinMismatch') }],
      newPin: null,
    };
  }
  return { errors: [], newPin: draft.pin };
}

export function validateSetup(draft: SetupDraft, options: { hasPin: boolean }): SetupResult {
  const errors: FieldError[] = [];
  const add = (field: string, message: string, context?: string) =>
    errors.push(context ? { field, message, context } : { field, message });

  function wholeNumber(field: string, text: string, min: number, max: number, context?: string) {
    const trimmed = text.trim();
    let problem: string | null = null;
    if (trimmed === '') problem = t('setup.errors.numberMissing');
    else if (!/^\d+$/.test(trimmed)) problem = t('setup.errors.notWholeNumber');
    else if (Number(trimmed) < min || Number(trimmed) > max) {
      problem = t('setup.errors.outOfRange', { min, max });
    }
    if (problem) {
      add(field, problem, context);
      return Number.NaN;
    }
    return Number(trimmed);
  }

  /** "7:30" or "07.30" → "07:30"; '' after adding the problem. */
  function clock(field: string, text: string): string {
    const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
    const hours = Number(match?.[1]);
    const minutes = Number(match?.[2]);
    if (!match || hours > 23 || minutes > 59) {
      add(field, t('setup.errors.clock'));
      return '';
    }
    return `${String(hours).padStart(2, '0')}:${match[2]}`;
  }

  // Centre
  const pilot = pilotCentres.find((c) => c.id === draft.centre);
  if (!pilot && draft.centre !== CUSTOM_CENTRE) add(fieldIds.centre, t('setup.errors.centre'));
  const name = draft.name.trim();
  const shortName = draft.shortName.trim();
  const city = draft.city.trim();
  if (draft.centre !== '') {
    if (name.length < 3) add(fieldIds.name, t('setup.errors.name'));
    if (shortName.length < 2) add(fieldIds.shortName, t('setup.errors.shortName'));
    if (city.length < 2) add(fieldIds.city, t('setup.errors.city'));
  }
  const timeZone = timeZones.find((z) => z === draft.timeZone);
  if (!timeZone) add(fieldIds.timeZone, t('setup.errors.timeZone'));

  // Counters
  if (draft.counters.length === 0) add(fieldIds.addCounter, t('setup.errors.noCounters'));
  const numberCount = new Map<string, number>();
  for (const counter of draft.counters) {
    const key = counter.number.trim();
    numberCount.set(key, (numberCount.get(key) ?? 0) + 1);
  }
  const counters = draft.counters.map((counter, index) => {
    const ids = fieldIds.counter(counter.id);
    const context = t('setup.counters.item', { number: counter.number.trim() || `#${index + 1}` });
    const number = wholeNumber(ids.number, counter.number, 1, 99, context);
    if (Number.isFinite(number) && (numberCount.get(counter.number.trim()) ?? 0) > 1) {
      add(ids.number, t('setup.errors.duplicateCounter', { number: String(number) }), context);
    }
    const counterName = counter.name.trim();
    if (counterName === '') add(ids.name, t('setup.errors.counterName'), context);
    else if (counterName.length > 60) {
      add(ids.name, t('setup.errors.tooLong', { max: 60 }), context);
    }
    const serviceIds = offeredServiceIds(draft, counter);
    if (serviceIds.length === 0) add(ids.services, t('setup.errors.counterServices'), context);
    return { id: counter.id, number, name: counterName, serviceIds };
  });

  // This PC
  const chosenRoles = roles.filter((role: Role) => draft.roles[role].enabled);
  if (chosenRoles.length === 0) add(fieldIds.roles, t('setup.errors.roles'));

  // Queue
  let ordering: OrderingPolicy = { kind: 'fifo' };
  if (draft.orderingKind === 'weighted') {
    const minutes = wholeNumber(fieldIds.bonusMinutes, draft.priorityBonusMinutes, 1, 240);
    ordering = { kind: 'weighted', priorityBonusMinutes: minutes };
  } else if (draft.orderingKind === 'ratio') {
    const regular = wholeNumber(fieldIds.ratio, draft.regularPerPriority, 1, 20);
    ordering = { kind: 'ratio', regularPerPriority: regular };
  } else {
    ordering = { kind: draft.orderingKind };
  }
  const noShowAfterCalls = wholeNumber(fieldIds.noShow, draft.noShowAfterCalls, 1, 10);
  const targetWaitMinutes = wholeNumber(fieldIds.targetWait, draft.targetWaitMinutes, 5, 480);
  const serviceHours = {
    opens: clock(fieldIds.opensAt, draft.opensAt),
    closes: clock(fieldIds.closesAt, draft.closesAt),
  };
  if (serviceHours.opens && serviceHours.closes && serviceHours.closes <= serviceHours.opens) {
    add(fieldIds.closesAt, t('setup.errors.closesBeforeOpens', { opens: serviceHours.opens }));
  }

  // Kiosk
  const idleSeconds = wholeNumber(fieldIds.idleSeconds, draft.idleSeconds, 15, 600);
  const issuerOf = wholeNumber(fieldIds.issuerOf, draft.issuerOf, 1, 9);
  const issuerSlot = wholeNumber(fieldIds.issuerSlot, draft.issuerSlot, 1, 9);
  if (Number.isFinite(issuerSlot) && Number.isFinite(issuerOf) && issuerSlot > issuerOf) {
    add(fieldIds.issuerSlot, t('setup.errors.issuerSlot', { of: issuerOf }));
  }

  const pin = checkNewPin(draft, options.hasPin);
  errors.push(...pin.errors);
  const { newPin } = pin;

  if (errors.length > 0) return { ok: false, errors: sortByForm(errors, draft) };

  const balaiId = pilot?.id ?? (draft.customCentreId || `balai-${slug(shortName) || 'lain'}`);
  const config: Omit<InstallationConfig, 'supervisorPinHash'> = {
    schemaVersion: 1,
    balai: { id: balaiId, name, shortName, city },
    serviceModel: draft.serviceModel,
    timeZone: timeZone as TimeZone,
    counters,
    roles: chosenRoles.map((role) => {
      const displayId = draft.roles[role].displayId;
      return displayId === '' ? { role } : { role, displayId: Number(displayId) };
    }),
    ordering,
    noShowAfterCalls,
    targetWaitMinutes,
    serviceHours,
    issuer: { slot: issuerSlot, of: issuerOf },
    printer: {
      deviceName: draft.printerName,
      paperWidthMm: draft.paperWidthMm === '58' ? 58 : 80,
      enabled: draft.printerEnabled,
    },
    kiosk: { idleSeconds },
  };

  // The schema is the contract every reader of the config relies on: check against it too.
  const checked = installationConfigSchema.safeParse({ ...config, supervisorPinHash: 'pending' });
  if (!checked.success) {
    return {
      ok: false,
      errors: checked.error.issues.map((issue) => ({
        field: fieldForPath(issue.path, draft),
        message: t('setup.errors.invalid'),
      })),
    };
  }
  return { ok: true, config, newPin };
}

/** The fields an enrolled PC fills in itself; the rest comes from the centre's server. */
const thisPcFields = new Set<string>([
  fieldIds.roles,
  fieldIds.printerName,
  fieldIds.idleSeconds,
  fieldIds.issuerSlot,
  fieldIds.issuerOf,
  fieldIds.pin,
  fieldIds.pinConfirm,
]);

/**
 * For an enrolled PC: problems with the server's data (hidden fields the staff member cannot fix)
 * become one message on the enrolled centre's panel, ahead of the PC's own fields.
 */
export function foldServerOwned(errors: readonly FieldError[]): FieldError[] {
  const own = errors.filter((e) => thisPcFields.has(e.field));
  if (own.length === errors.length) return own;
  return [{ field: fieldIds.enrolled, message: t('setup.enrol.errors.reference') }, ...own];
}

/** Where a schema problem belongs in the form. */
function fieldForPath(path: readonly PropertyKey[], draft: SetupDraft): string {
  const [head, index, leaf] = path;
  switch (head) {
    case 'balai':
      if (index === 'name') return fieldIds.name;
      if (index === 'city') return fieldIds.city;
      if (index === 'shortName') return fieldIds.shortName;
      return fieldIds.centre;
    case 'timeZone':
      return fieldIds.timeZone;
    case 'counters': {
      const counter = typeof index === 'number' ? draft.counters[index] : undefined;
      if (!counter) return fieldIds.addCounter;
      const ids = fieldIds.counter(counter.id);
      if (leaf === 'number') return ids.number;
      if (leaf === 'name') return ids.name;
      return ids.services;
    }
    case 'roles':
      return fieldIds.roles;
    case 'ordering':
      return draft.orderingKind === 'ratio' ? fieldIds.ratio : fieldIds.bonusMinutes;
    case 'noShowAfterCalls':
      return fieldIds.noShow;
    case 'targetWaitMinutes':
      return fieldIds.targetWait;
    case 'serviceHours':
      return fieldIds.closesAt;
    case 'issuer':
      return fieldIds.issuerSlot;
    case 'kiosk':
      return fieldIds.idleSeconds;
    case 'printer':
      return fieldIds.printerName;
    default:
      return fieldIds.centre;
  }
}

/** Errors in the order their fields appear on the form. */
function sortByForm(errors: FieldError[], draft: SetupDraft): FieldError[] {
  const order = fieldIds.inFormOrder(draft.counters.map((c) => c.id));
  const rank = (field: string) => {
    const at = order.indexOf(field);
    return at < 0 ? order.length : at;
  };
  return [...errors].sort((a, b) => rank(a.field) - rank(b.field));
}
