// A called ticket arriving at casework: if its visit is open, go to it; otherwise match the
// visitor to a beneficiary record — found by the NIK or name the kiosk took, or searched — or
// make a new record, and open the visit on it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Beneficiary } from '../../core/beneficiary/beneficiary.ts';
import { t } from '../i18n/index.ts';
import { openVisit, visitOfTicket } from '../store/visits.ts';
import { BeneficiaryForm } from './beneficiary/BeneficiaryForm.tsx';
import { BeneficiarySearch } from './beneficiary/BeneficiarySearch.tsx';
import type { CaseworkPageProps } from './casework-props.ts';
import { goToCasework } from './casework-route.ts';

export function TicketCase({ ticketId, ...props }: CaseworkPageProps & { ticketId: string }) {
  const { store, staff, confirm, refuse } = props;
  const found = useLiveQuery(async () => {
    const ticket = await store.db.tickets.get(ticketId);
    const registration = ticket?.registrationId
      ? await store.db.registrations.get(ticket.registrationId)
      : undefined;
    const visit = ticket ? await visitOfTicket(store, ticket.id) : undefined;
    return { ticket, registration, visit };
  }, [store, ticketId]);
  const [creating, setCreating] = useState(false);

  const visitId = found?.visit?.id;
  useEffect(() => {
    if (visitId) goToCasework({ kind: 'visit', visitId, tab: 'summary' }, true);
  }, [visitId]);

  if (!found) return <p className="casework-loading">{t('common.loading')}</p>;
  const { ticket, registration } = found;
  if (!ticket) {
    return (
      <section className="casework-panel" aria-labelledby="ticket-missing">
        <h2 id="ticket-missing">{t('casework.ticket.missing')}</h2>
        <p>{t('casework.ticket.missingHelp')}</p>
      </section>
    );
  }
  if (visitId) return <p className="casework-loading">{t('common.loading')}</p>;

  const choose = async (beneficiary: Beneficiary) => {
    try {
      const visit = await openVisit(store, ticket, beneficiary.id, {
        staffId: staff.id,
        counterId: ticket.counterId ?? null,
      });
      confirm(t('casework.ticket.opened', { number: ticket.number, name: beneficiary.name }));
      goToCasework({ kind: 'visit', visitId: visit.id, tab: 'summary' }, true);
    } catch (error) {
      refuse(
        t('casework.ticket.openFailed', { reason: String((error as Error).message ?? error) }),
      );
    }
  };

  const told = registration?.nik ?? registration?.name ?? '';
  return (
    <section className="casework-panel" aria-labelledby="identify-title">
      <h2 id="identify-title">{t('casework.ticket.identify', { number: ticket.number })}</h2>
      <p className="casework-told">
        {registration?.hasNoId
          ? t('casework.ticket.toldNoId', { name: registration.name ?? '–' })
          : registration?.nik
            ? t('casework.ticket.toldNik', {
                nik: registration.nik,
                name: registration.name ?? '–',
              })
            : t('casework.ticket.toldNothing')}
      </p>
      {creating ? (
        <BeneficiaryForm
          store={store}
          initial={{ name: registration?.name ?? '', nik: registration?.nik ?? '' }}
          submitLabel={t('casework.ticket.createAndOpen')}
          onSaved={(b) => void choose(b)}
          onUseExisting={(b) => void choose(b)}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <BeneficiarySearch
          store={store}
          initialQuery={told}
          actionLabel={(b) => t('casework.search.choose', { name: b.name })}
          actionText={t('casework.search.chooseShort')}
          onAction={(b) => void choose(b)}
          onCreate={() => setCreating(true)}
        />
      )}
    </section>
  );
}
