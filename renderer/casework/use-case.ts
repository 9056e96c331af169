// A beneficiary's case, live: the record (through merges), everything recorded for it, its
// timeline and its status. Re-read whenever any of those tables changes, here or by a sync.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Beneficiary } from '../../core/beneficiary/beneficiary.ts';
import {
  type CaseRecords,
  type CaseStatus,
  caseStatus,
  caseTimeline,
  type TimelineEntry,
} from '../../core/casework/timeline.ts';
import { resolveBeneficiary } from '../store/beneficiaries.ts';
import { type Store, today } from '../store/store.ts';
import { caseRecords } from '../store/visits.ts';

export interface CaseView {
  beneficiary: Beneficiary | undefined;
  records: CaseRecords | undefined;
  timeline: TimelineEntry[];
  status: CaseStatus | undefined;
}

/** `undefined` while loading. */
export function useCase(store: Store, beneficiaryId: string | undefined): CaseView | undefined {
  return useLiveQuery(async () => {
    if (!beneficiaryId)
      return { beneficiary: undefined, records: undefined, timeline: [], status: undefined };
    const beneficiary = await resolveBeneficiary(store, beneficiaryId);
    if (!beneficiary) return { beneficiary, records: undefined, timeline: [], status: undefined };
    const records = await caseRecords(store, beneficiary.id);
    return {
      beneficiary,
      records,
      timeline: caseTimeline(records),
      status: caseStatus(records, today(store)),
    };
  }, [store, beneficiaryId]);
}
