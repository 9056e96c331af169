// What the casework screen hands each of its pages.
import type { CentreReference } from '../../core/centre/reference.ts';
import type { CaseworkStaff, Store } from '../store/store.ts';

export interface CaseworkPageProps {
  store: Store;
  staff: CaseworkStaff;
  reference: CentreReference | undefined;
  confirm: (message: string) => void;
  refuse: (message: string) => void;
}
