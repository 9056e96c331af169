// A person's whole case, opened from the casework home's search: the header, the timeline of all
// visits (and of records merged into this one), and corrections to the record.
import { t } from '../i18n/index.ts';
import type { CaseworkPageProps } from './casework-props.ts';
import { PersonRecord } from './PersonRecord.tsx';
import { Timeline } from './Timeline.tsx';
import { useCase } from './use-case.ts';

export function PersonCase({
  beneficiaryId,
  ...props
}: CaseworkPageProps & { beneficiaryId: string }) {
  const { store, confirm } = props;
  const view = useCase(store, beneficiaryId);
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
      <PersonRecord
        store={store}
        beneficiary={beneficiary}
        status={view.status}
        confirm={confirm}
      />
      <section aria-labelledby="person-timeline">
        <h3 id="person-timeline">{t('casework.timeline.title')}</h3>
        <Timeline entries={view.timeline} timeZone={store.config.timeZone} />
      </section>
    </div>
  );
}
