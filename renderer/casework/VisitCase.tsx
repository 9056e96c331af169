// One visit: the person's case header, then tabs for what the centre's service model offers —
// the case summary (timeline), the assessment, emergency help and referral — and correcting the
// person's record (attaching a NIK found later, with the duplicate check).
import { useLiveQuery } from 'dexie-react-hooks';
import { offers } from '../../core/casework/service-model.ts';
import { t } from '../i18n/index.ts';
import { today } from '../store/store.ts';
import { AssessmentPanel } from './assessment/AssessmentPanel.tsx';
import type { CaseworkContext } from './casework-context.ts';
import type { CaseworkPageProps } from './casework-props.ts';
import { caseworkHref, type VisitTab } from './casework-route.ts';
import { EmergencyPanel } from './emergency/EmergencyPanel.tsx';
import { PersonRecord } from './PersonRecord.tsx';
import { ReferralPanel } from './referral/ReferralPanel.tsx';
import { Timeline } from './Timeline.tsx';
import { useCase } from './use-case.ts';

const tabService = {
  assessment: 'assessment',
  emergency: 'emergency',
  referral: 'referral',
} as const;

export function VisitCase({
  visitId,
  tab,
  ...props
}: CaseworkPageProps & { visitId: string; tab: VisitTab }) {
  const { store, staff, reference, confirm } = props;
  const visit = useLiveQuery(() => store.db.visits.get(visitId), [store, visitId]);
  const view = useCase(store, visit?.beneficiaryId);

  if (visit === undefined && view === undefined)
    return <p className="casework-loading">{t('common.loading')}</p>;
  if (!visit || (view && !view.beneficiary)) {
    return (
      <section className="casework-panel" aria-labelledby="visit-missing">
        <h2 id="visit-missing">{t('casework.visit.missing')}</h2>
      </section>
    );
  }
  if (!view?.beneficiary) return <p className="casework-loading">{t('common.loading')}</p>;
  const beneficiary = view.beneficiary;
  const model = store.config.serviceModel;
  const tabs = (['summary', 'assessment', 'emergency', 'referral'] as const).filter(
    (name) => name === 'summary' || offers(model, tabService[name]),
  );
  const shown: VisitTab = tabs.includes(tab) ? tab : 'summary';
  const context: CaseworkContext = {
    store,
    visit,
    beneficiary,
    staff,
    reference,
    today: today(store),
    confirm,
  };

  return (
    <div className="visit-case">
      <PersonRecord
        store={store}
        beneficiary={beneficiary}
        status={view.status}
        confirm={confirm}
      />
      <nav className="visit-tabs" aria-label={t('casework.visit.tabs')}>
        <ul>
          {tabs.map((name) => (
            <li key={name}>
              <a
                href={caseworkHref({ kind: 'visit', visitId, tab: name })}
                aria-current={name === shown ? 'page' : undefined}
                className={`visit-tab${name === shown ? ' is-current' : ''}`}
              >
                {t(`casework.visit.tab.${name}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section className="visit-tab-panel" aria-label={t(`casework.visit.tab.${shown}`)}>
        {shown === 'summary' && (
          <Timeline
            entries={view.timeline}
            timeZone={store.config.timeZone}
            currentVisitId={visit.id}
          />
        )}
        {shown === 'assessment' && <AssessmentPanel casework={context} />}
        {shown === 'emergency' && <EmergencyPanel casework={context} />}
        {shown === 'referral' && <ReferralPanel casework={context} />}
      </section>
    </div>
  );
}
