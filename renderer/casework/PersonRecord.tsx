// The person at the top of a visit or a case: the case header, and "Ubah data" opening the record
// form for corrections (attaching a NIK found later runs the duplicate check and may merge).
import { Pencil } from 'lucide-react';
import { useState } from 'react';
import type { Beneficiary } from '../../core/beneficiary/beneficiary.ts';
import type { CaseStatus } from '../../core/casework/timeline.ts';
import { t } from '../i18n/index.ts';
import { type Store, today } from '../store/store.ts';
import { BeneficiaryForm } from './beneficiary/BeneficiaryForm.tsx';
import { CaseHeader } from './CaseHeader.tsx';

export function PersonRecord({
  store,
  beneficiary,
  status,
  confirm,
}: {
  store: Store;
  beneficiary: Beneficiary;
  status: CaseStatus | undefined;
  confirm: (message: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <>
      <CaseHeader beneficiary={beneficiary} status={status} today={today(store)} />
      <p className="case-actions">
        <button
          type="button"
          className="btn"
          onClick={() => setEditing((e) => !e)}
          aria-expanded={editing}
        >
          <Pencil aria-hidden="true" size={18} />
          {t('casework.visit.editPerson')}
        </button>
      </p>
      {editing && (
        <BeneficiaryForm
          key={beneficiary.id}
          store={store}
          editing={beneficiary}
          submitLabel={t('casework.form.saveChanges')}
          onSaved={(b) => {
            setEditing(false);
            confirm(t('casework.form.saved', { name: b.name }));
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </>
  );
}
