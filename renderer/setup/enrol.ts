// Enrolling this PC with the centre's sync server from first-run setup. What the staff member
// types is taken kindly (a code in small letters or with spaces, an address without http://);
// the request is the sync client's (renderer/sync/client.ts); every failure comes back as a
// message for the field it concerns, so the form can show it there and keep everything typed.
import type { SyncCredentials } from '../../core/bridge/bridge.ts';
import type { Role } from '../../core/centre/config.ts';
import { type EnrolResponse, enrolmentCodeSchema } from '../../core/sync/protocol.ts';
import { t } from '../i18n/index.ts';
import { openLocalStore } from '../store/store-context.tsx';
import { enrol, SyncError } from '../sync/client.ts';
import { fieldIds } from './field-ids.ts';
import type { FieldError } from './validate-setup.ts';

export interface EnrolDraft {
  serverUrl: string;
  code: string;
  deviceName: string;
}

export function emptyEnrolDraft(): EnrolDraft {
  return { serverUrl: '', code: '', deviceName: '' };
}

/** How long the staff member waits for the server before being told it cannot be reached. */
const enrolTimeoutMs = 10_000;

/** "192.168.1.10:8787/" → "http://192.168.1.10:8787"; null when it cannot be a server address. */
export function serverUrlFrom(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** "k7qm 4xpa 9tre", "K7QM4XPA9TRE" → "K7QM-4XPA-9TRE"; null when it is not twelve letters/digits. */
export function enrolmentCodeFrom(text: string): string | null {
  const compact = text.replace(/[\s\u2010-\u2015-]/g, '').toUpperCase();
  if (!/^[A-Z0-9]{12}$/.test(compact)) return null;
  const code = `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`;
  return enrolmentCodeSchema.safeParse(code).success ? code : null;
}

export type EnrolCheck =
  | { ok: true; serverUrl: string; code: string; deviceName: string }
  | { ok: false; errors: FieldError[] };

/** The enrolment fields checked in form order, before anything goes over the network. */
export function checkEnrolDraft(draft: EnrolDraft): EnrolCheck {
  const errors: FieldError[] = [];
  const serverUrl = serverUrlFrom(draft.serverUrl);
  if (!serverUrl) {
    errors.push({
      field: fieldIds.serverUrl,
      message:
        draft.serverUrl.trim() === ''
          ? t('setup.enrol.errors.serverUrlMissing')
          : t('setup.enrol.errors.serverUrl'),
    });
  }
  const code = enrolmentCodeFrom(draft.code);
  if (!code) {
    errors.push({
      field: fieldIds.enrolCode,
      message:
        draft.code.trim() === ''
          ? t('setup.enrol.errors.codeMissing')
          : t('setup.enrol.errors.code'),
    });
  }
  const deviceName = draft.deviceName.trim();
  if (deviceName === '') {
    errors.push({ field: fieldIds.deviceName, message: t('setup.enrol.errors.deviceName') });
  } else if (deviceName.length > 80) {
    errors.push({ field: fieldIds.deviceName, message: t('setup.errors.tooLong', { max: 80 }) });
  }
  if (!serverUrl || !code || errors.length > 0) return { ok: false, errors };
  return { ok: true, serverUrl, code, deviceName };
}

/** The store's device id: the one every change of this installation is stamped with. */
function storeDeviceId(): Promise<string> {
  return openLocalStore().deviceId;
}

export type EnrolOutcome =
  | { ok: true; enrolment: EnrolResponse; credentials: SyncCredentials }
  /** `errors` belong to fields; `failure` is a problem of this PC rather than of what was typed. */
  | { ok: false; errors: FieldError[]; failure?: string };

/** Why the server said no, as a message beside the field to change. */
function failureOf(error: unknown): FieldError {
  const server = (message: string): FieldError => ({ field: fieldIds.serverUrl, message });
  if (!(error instanceof SyncError)) return server(t('setup.enrol.errors.offline'));
  switch (error.kind) {
    case 'offline':
      return server(t('setup.enrol.errors.offline'));
    case 'update_needed':
      return server(t('setup.enrol.errors.updateNeeded'));
    case 'rejected_request':
      if (error.code === 'code_invalid') {
        return { field: fieldIds.enrolCode, message: t('setup.enrol.errors.codeInvalid') };
      }
      // The server's own words (Indonesian, from core/sync/protocol.ts's error bodies).
      return server(error.message);
    default:
      return server(t('setup.enrol.errors.notServer'));
  }
}

/**
 * Trades the code for this device's token and the centre's reference data; `roles` asks for
 * only those of the code's roles (a centre's shared code, imported from its configuration file).
 */
export async function enrolThisPc(
  checked: Extract<EnrolCheck, { ok: true }>,
  roles?: Role[],
): Promise<EnrolOutcome> {
  let deviceId: string;
  try {
    deviceId = await storeDeviceId();
  } catch {
    return { ok: false, errors: [], failure: t('common.storageError') };
  }
  try {
    const enrolment = await enrol(
      checked.serverUrl,
      { code: checked.code, deviceId, deviceName: checked.deviceName, ...(roles ? { roles } : {}) },
      { timeoutMs: enrolTimeoutMs },
    );
    return {
      ok: true,
      enrolment,
      credentials: {
        serverUrl: checked.serverUrl,
        token: enrolment.token,
        deviceId: enrolment.deviceId,
        centreId: enrolment.centreId,
      },
    };
  } catch (error) {
    return { ok: false, errors: [failureOf(error)] };
  }
}
