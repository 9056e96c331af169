// Every emergency ticket nobody has taken yet, pinned above the console until a counter takes
// it. Any counter may take one: it is called to this counter at once.
import { Siren } from 'lucide-react';
import type { Ticket } from '../../core/queue/ticket.ts';
import { formatWaiting } from '../../core/time/local-day.ts';
import { t } from '../i18n/index.ts';

export function EmergencyAlerts({
  tickets,
  now,
  onTake,
}: {
  tickets: readonly Ticket[];
  now: number;
  onTake: (ticket: Ticket) => void;
}) {
  if (tickets.length === 0) return null;
  return (
    <section className="emergency-alerts" aria-label={t('console.emergency.region')}>
      {tickets.map((ticket) => (
        <div key={ticket.id} role="alert" className="emergency-alert">
          <Siren aria-hidden="true" size={28} className="emergency-icon" />
          <span className="emergency-label">{t('console.emergency.label')}</span>
          <span className="emergency-number">{ticket.number}</span>
          <span className="emergency-since">
            {now - ticket.arrivedAt < 60_000
              ? t('console.emergency.justNow')
              : t('console.emergency.since', { ago: formatWaiting(now - ticket.arrivedAt) })}
          </span>
          <button
            type="button"
            className="btn emergency-take"
            aria-label={t('console.emergency.takeLabel', { number: ticket.number })}
            onClick={() => onTake(ticket)}
          >
            {t('console.emergency.take')}
          </button>
        </div>
      ))}
    </section>
  );
}
