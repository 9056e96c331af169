// What every casework panel of a visit is given by the casework screen (CaseworkScreen.tsx):
// the store, the visit and its beneficiary, the staff member on duty, and the screen's
// confirmation line. Panels: assessment/, emergency/, referral/.
import type { Beneficiary } from '../../core/beneficiary/beneficiary.ts';
import type { Visit } from '../../core/casework/visit.ts';
import type { CentreReference } from '../../core/centre/reference.ts';
import type { CaseworkStaff, Store } from '../store/store.ts';

export interface CaseworkContext {
  store: Store;
  visit: Visit;
  beneficiary: Beneficiary;
  staff: CaseworkStaff;
  /** The centre's reference data as cached (partners, staff with NIP); undefined before a sync. */
  reference: CentreReference | undefined;
  /** The centre's day, YYYY-MM-DD. */
  today: string;
  /** Shows a confirmation in the screen's status line (role="status"). */
  confirm: (message: string) => void;
}
