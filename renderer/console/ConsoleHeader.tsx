// The console's top bar: which centre and counter this is, the centre's clock, how many people
// are waiting — so a glance tells whether to hurry — and whether the sync with the centre's
// server is working. Changes the server refused are listed under it until dismissed.
import { Clock, HeartHandshake, RefreshCcw, Siren, Users } from 'lucide-react';
import type { Counter, InstallationConfig } from '../../core/centre/config.ts';
import { formatLocalDate, formatLocalTime } from '../../core/time/local-day.ts';
import { t } from '../i18n/index.ts';
import { SyncNotices } from '../sync/SyncNotices.tsx';
import { SyncStatus } from '../sync/SyncStatus.tsx';
import { counterServiceNames } from './service-names.ts';

export interface QueueCounts {
  waiting: number;
  priority: number;
  emergency: number;
}

export function ConsoleHeader({
  config,
  counter,
  now,
  counts,
  onChangeCounter,
}: {
  config: InstallationConfig;
  counter: Counter;
  now: number;
  counts: QueueCounts | undefined;
  onChangeCounter: () => void;
}) {
  const counterText = t('console.header.counter', { number: counter.number });
  return (
    <>
      <header className="console-header">
        <div className="console-where">
          <p className="console-centre">{config.balai.shortName}</p>
          <h1 className="console-counter">
            {counterText}
            {counter.name !== counterText && (
              <span className="console-counter-name"> — {counter.name}</span>
            )}
          </h1>
          <p className="console-counter-services" title={counterServiceNames(counter)}>
            {counterServiceNames(counter)}
          </p>
        </div>
        <ul className="console-counts" aria-label={t('console.header.counts')}>
          <li className="count count-waiting">
            <Users aria-hidden="true" size={20} />
            <span className="count-value">{counts?.waiting ?? '–'}</span>
            <span className="count-label">{t('console.header.waiting')}</span>
          </li>
          <li className="count count-priority">
            <HeartHandshake aria-hidden="true" size={20} />
            <span className="count-value">{counts?.priority ?? '–'}</span>
            <span className="count-label">{t('console.header.priority')}</span>
          </li>
          <li className={`count count-emergency${counts?.emergency ? ' is-active' : ''}`}>
            <Siren aria-hidden="true" size={20} />
            <span className="count-value">{counts?.emergency ?? '–'}</span>
            <span className="count-label">{t('console.header.emergency')}</span>
          </li>
        </ul>
        <p className="console-clock">
          <Clock aria-hidden="true" size={20} />
          <span className="visually-hidden">{t('console.header.clock')}: </span>
          <span className="console-time">{formatLocalTime(now, config.timeZone)}</span>
          <span className="console-date">{formatLocalDate(now, config.timeZone)}</span>
        </p>
        <SyncStatus variant="console" />
        <button type="button" className="btn console-change" onClick={onChangeCounter}>
          <RefreshCcw aria-hidden="true" size={18} />
          {t('console.header.changeCounter')}
        </button>
      </header>
      <SyncNotices counterId={counter.id} />
    </>
  );
}
