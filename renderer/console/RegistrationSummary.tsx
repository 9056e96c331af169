// What the visitor told the kiosk, as far as they allowed it to be kept (UU 27/2022): name and
// NIK with consent, otherwise only that staff must ask at the counter.
import { useLiveQuery } from 'dexie-react-hooks';
import { IdCard, ShieldQuestionMark, UserRound } from 'lucide-react';
import { EMERGENCY_SERVICE_ID } from '../../core/catalog/services.ts';
import { formatNik } from '../../core/nik/nik.ts';
import type { Ticket } from '../../core/queue/ticket.ts';
import { t } from '../i18n/index.ts';
import type { Store } from '../store/store.ts';

export function RegistrationSummary({ store, ticket }: { store: Store; ticket: Ticket }) {
  const registrationId = ticket.registrationId;
  const registration = useLiveQuery(
    async () =>
      registrationId ? ((await store.db.registrations.get(registrationId)) ?? null) : null,
    [store, registrationId],
  );

  if (registration === undefined) {
    return <p className="visitor-data visitor-muted">{t('console.ticket.loading')}</p>;
  }
  if (!registration?.consent) {
    const emergency = ticket.serviceId === EMERGENCY_SERVICE_ID || ticket.lane === 'emergency';
    return (
      <p className="visitor-data visitor-ask">
        <ShieldQuestionMark aria-hidden="true" size={20} />
        {emergency ? t('console.ticket.emergencyNoData') : t('console.ticket.noConsent')}
      </p>
    );
  }
  if (!registration.consent.given) {
    return (
      <p className="visitor-data visitor-ask">
        <ShieldQuestionMark aria-hidden="true" size={20} />
        {t('console.ticket.noConsent')}
      </p>
    );
  }
  return (
    <dl className="visitor-data visitor-fields">
      <div>
        <dt>
          <UserRound aria-hidden="true" size={18} />
          {t('console.ticket.name')}
        </dt>
        <dd>
          {registration.name || <span className="visitor-muted">{t('console.ticket.noName')}</span>}
        </dd>
      </div>
      <div>
        <dt>
          <IdCard aria-hidden="true" size={18} />
          {t('console.ticket.nik')}
        </dt>
        <dd className={registration.nik ? 'visitor-nik' : ''}>
          {registration.nik ? (
            formatNik(registration.nik)
          ) : registration.hasNoId ? (
            t('console.ticket.noId')
          ) : (
            <span className="visitor-muted">{t('console.ticket.noNik')}</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
