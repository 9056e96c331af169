// This installation's identity and clock. The device id is made once and kept in the store; the
// hybrid logical clock is kept there too and advanced inside each write transaction, so two
// windows of one installation never stamp two changes alike.
import { newId } from '../../core/ids.ts';
import { encodeHlc, type HlcState, tickHlc } from '../../core/sync/hlc.ts';
import type { SerasiDb } from './db.ts';

export async function ensureDeviceId(db: SerasiDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const existing = await db.meta.get('deviceId');
    if (typeof existing?.value === 'string') return existing.value;
    const deviceId = newId();
    await db.meta.put({ key: 'deviceId', value: deviceId });
    return deviceId;
  });
}

/** The next clock stamp; call inside a transaction that includes db.meta. */
export async function nextStamp(db: SerasiDb, deviceId: string, nowMs: number): Promise<string> {
  const last = ((await db.meta.get('hlc'))?.value as HlcState | undefined) ?? {
    wallMs: 0,
    counter: 0,
  };
  const next = tickHlc(last, nowMs);
  await db.meta.put({ key: 'hlc', value: next });
  return encodeHlc(next, deviceId);
}
