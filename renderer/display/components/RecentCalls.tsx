// The day's last calls as a table: number, counter and time, newest first. A recall is marked
// with an icon and words, so someone who missed the first call sees it was called again.
import { RotateCcw } from 'lucide-react';
import type { Counter } from '../../../core/centre/config.ts';
import type { TicketEvent } from '../../../core/queue/ticket.ts';
import { formatLocalTime } from '../../../core/time/local-day.ts';
import { t } from '../../i18n/index.ts';

interface RecentCallsProps {
  calls: readonly TicketEvent[];
  counters: readonly Counter[];
  timeZone: string;
}

export function RecentCalls({ calls, counters, timeZone }: RecentCallsProps) {
  const counterNumber = (id: string | undefined) => counters.find((c) => c.id === id)?.number;
  return (
    <section className="board-recent" aria-labelledby="board-recent-heading">
      <h2 id="board-recent-heading" className="board-section-title">
        {t('display.recent.heading')}
      </h2>
      {calls.length === 0 ? (
        <p className="board-recent-empty">{t('display.recent.empty')}</p>
      ) : (
        <table className="board-recent-table">
          <thead>
            <tr>
              <th scope="col">{t('display.recent.number')}</th>
              <th scope="col">{t('display.recent.counter')}</th>
              <th scope="col">{t('display.recent.time')}</th>
            </tr>
          </thead>
          <tbody>
            {calls.map((call) => {
              const number = counterNumber(call.counterId);
              return (
                <tr key={call.id}>
                  <th scope="row" className="board-recent-number">
                    {call.ticketNumber}
                    {call.type === 'recall' ? (
                      <span className="board-recent-recall">
                        <RotateCcw aria-hidden="true" />
                        {t('display.recent.recall')}
                      </span>
                    ) : null}
                  </th>
                  <td className="board-recent-counter">
                    {number === undefined ? t('display.recent.unknownCounter') : number}
                  </td>
                  <td className="board-recent-time">{formatLocalTime(call.at, timeZone)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
