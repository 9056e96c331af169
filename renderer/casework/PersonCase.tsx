// A person's whole case, opened from the casework home's search: the header, the timeline of all
// visits (and of records merged into this one), and corrections to the record.
import { Pencil } from 'lucide-react';
import { useState } from 'react';
import { t } from '../i18n/index.ts';
import { today } from '../store/store.ts';
import { BeneficiaryForm } from './beneficiary/BeneficiaryForm.tsx';
import { CaseHeader } from './CaseHeader.tsx';
import type { CaseworkPageProps } from './casework-props.ts';
import { Timeline } from './Timeline.tsx';
import { useCase } from './use-case.ts';

export function PersonCase({
  beneficiaryId,
  ...props
}: CaseworkPageProps & { beneficiaryId: string }) {
  const { store, confirm } = props;
  const view = useCase(store, beneficiaryId);
  const [editing, setEditing] = useState(false);
  if (!view) return <p className="casework-loading">{t('common.loading')}</p>;
  if (!view.beneficiary) {
    return (
      <section className="casework-panel" aria-labelledby="person-missing">
        <h2 id="person-missing">{t('casework.person.missing')}</h2>
      </section>
    );
  }
  const beneficiary = view.beneficiary;
  return (
    <div className="person-case">
      <CaseHeader beneficiary={beneficiary} status={view.status} today={today(store)} />
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
      <section aria-labelledby="person-timeline">
        <h3 id="person-timeline">{t('casework.timeline.title')}</h3>
        <Timeline entries={view.timeline} timeZone={store.config.timeZone} />
      </section>
    </div>
  );
}
