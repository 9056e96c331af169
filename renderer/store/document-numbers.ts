// The next number of a printed document (referral letter, emergency-aid receipt) made on this PC:
// a running count per kind and year kept in `meta`, taken inside the caller's transaction (the
// tables of changeTables include meta), so a rolled-back save gives its number back.
import { type DocumentKind, documentNumber } from '../../core/casework/document-number.ts';
import type { Store } from './store.ts';
import { today } from './store.ts';

export async function nextDocumentNumber(store: Store, kind: DocumentKind): Promise<string> {
  const day = today(store);
  const key = `documentCount:${kind}:${day.slice(0, 4)}`;
  const entry = await store.db.meta.get(key);
  const count = (typeof entry?.value === 'number' ? entry.value : 0) + 1;
  await store.db.meta.put({ key, value: count });
  return documentNumber(kind, count, store.deviceId, store.config.balai.shortName, day);
}
