// What enrolling brought: "Terdaftar sebagai …", the centre and server this PC now belongs to, the
// roles the code allows, and the centre's data from the server (counters, queue policy), shown
// rather than edited — the admin keeps it on the server for every PC of the centre.
import { BadgeCheck } from 'lucide-react';
import { serviceById } from '../../../core/catalog/services.ts';
import { indonesianTimeZones } from '../../../core/centre/centres.ts';
import type { OrderingPolicy } from '../../../core/centre/config.ts';
import type { EnrolResponse } from '../../../core/sync/protocol.ts';
import { t } from '../../i18n/index.ts';
import { fieldIds } from '../field-ids.ts';
import { errorId, FieldError } from './Field.tsx';

interface EnrolledCentreProps {
  enrolment: EnrolResponse;
  deviceName: string;
  serverUrl: string;
  /** A problem with the server's data that keeps the config from being saved. */
  error: string | undefined;
}

function orderingText(ordering: OrderingPolicy): string {
  const label = t(`setup.queue.${ordering.kind}.label`);
  if (ordering.kind === 'weighted') {
    return t('setup.enrol.orderingWeighted', { label, minutes: ordering.priorityBonusMinutes });
  }
  if (ordering.kind === 'ratio') {
    return t('setup.enrol.orderingRatio', { label, count: ordering.regularPerPriority });
  }
  return label;
}

export function EnrolledCentre({ enrolment, deviceName, serverUrl, error }: EnrolledCentreProps) {
  const { centre, counters } = enrolment.reference;
  const zone = indonesianTimeZones.find((z) => z.id === centre.timeZone)?.label ?? centre.timeZone;
  const details: Array<[string, string]> = [
    [t('setup.enrol.shortName'), centre.shortName],
    [t('setup.enrol.timeZone'), zone],
    [t('setup.enrol.model'), t(`setup.model.${centre.serviceModel}.label`)],
    [t('setup.enrol.ordering'), orderingText(centre.ordering)],
    [t('setup.enrol.noShow'), t('setup.enrol.noShowValue', { count: centre.noShowAfterCalls })],
  ];
  return (
    <section
      id={fieldIds.enrolled}
      // Takes the focus once enrolling succeeds, so the result is what is read out next.
      tabIndex={-1}
      className={error ? 'setup-section setup-enrolled has-error' : 'setup-section setup-enrolled'}
      aria-labelledby="setup-enrolled-heading"
      aria-describedby={error ? errorId(fieldIds.enrolled) : undefined}
    >
      <h2 id="setup-enrolled-heading">
        <BadgeCheck aria-hidden="true" />
        {t('setup.enrol.enrolledAs', { name: deviceName })}
      </h2>
      <p className="setup-enrolled-centre">
        {t('setup.enrol.centreLine', { centre: centre.name, city: centre.city })}
      </p>
      <p className="setup-enrolled-line">{t('setup.enrol.serverLine', { url: serverUrl })}</p>
      <p className="setup-enrolled-line">
        {t('setup.enrol.rolesLine', {
          roles: enrolment.roles.map((role) => t(`common.screen.${role}`)).join(', '),
        })}
      </p>
      <FieldError id={fieldIds.enrolled} message={error} />
      <p className="setup-intro">{t('setup.enrol.fromServer')}</p>
      <h3>{t('setup.enrol.detailsHeading')}</h3>
      <dl className="setup-enrolled-details">
        {details.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('setup.enrol.counters')}</h3>
      <ul className="setup-enrolled-counters">
        {counters.map((counter) => (
          <li key={counter.id}>
            {t('setup.enrol.counterLine', {
              name:
                counter.name === t('common.counter', { number: counter.number })
                  ? counter.name
                  : `${t('common.counter', { number: counter.number })} — ${counter.name}`,
              services: counter.serviceIds.map((id) => serviceById(id)?.name ?? id).join(', '),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
