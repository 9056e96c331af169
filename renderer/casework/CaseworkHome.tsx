// The casework home: find a person's case, the referrals whose follow-up is overdue, and the
// emergency stock (where the centre gives emergency service).
import { offers } from '../../core/casework/service-model.ts';
import { t } from '../i18n/index.ts';
import { BeneficiarySearch } from './beneficiary/BeneficiarySearch.tsx';
import type { CaseworkPageProps } from './casework-props.ts';
import { goToCasework } from './casework-route.ts';
import { StockPanel } from './emergency/StockPanel.tsx';
import { OverdueReferrals } from './referral/OverdueReferrals.tsx';

export function CaseworkHome({ store, staff }: CaseworkPageProps) {
  return (
    <div className="casework-home">
      <section className="casework-panel" aria-labelledby="home-search">
        <h2 id="home-search">{t('casework.home.search')}</h2>
        <BeneficiarySearch
          store={store}
          actionText={t('casework.search.open')}
          actionLabel={(b) => t('casework.search.openLabel', { name: b.name })}
          onAction={(b) => goToCasework({ kind: 'person', beneficiaryId: b.id })}
        />
      </section>
      <section className="casework-panel" aria-labelledby="home-overdue">
        <h2 id="home-overdue">{t('casework.home.overdue')}</h2>
        <OverdueReferrals
          store={store}
          onOpen={(visitId) => goToCasework({ kind: 'visit', visitId, tab: 'referral' })}
        />
      </section>
      {offers(store.config.serviceModel, 'emergency') && (
        <section className="casework-panel" aria-labelledby="home-stock">
          <h2 id="home-stock">{t('casework.home.stock')}</h2>
          <StockPanel store={store} staff={staff} />
        </section>
      )}
    </div>
  );
}
