// The console's top bar: which centre and counter this is, the centre's clock, how many people
// are waiting — so a glance tells whether to hurry — and whether the sync with the centre's
// server is working. Changes the server refused are listed under it until dismissed. The staff
// member on duty ("Petugas bertugas") is chosen here: every ticket action from this window records
// them, so reports can count per staff member. "Laporan" opens the supervisor's reports.
import { BarChart3, Clock, HeartHandshake, RefreshCcw, Siren, Users } from 'lucide-react';
import { useId } from 'react';
import type { Counter, InstallationConfig } from '../../core/centre/config.ts';
import { formatLocalDate, formatLocalTime } from '../../core/time/local-day.ts';
import { t } from '../i18n/index.ts';
import { useStore } from '../store/store-context.tsx';
import { SyncNotices } from '../sync/SyncNotices.tsx';
import { SyncStatus } from '../sync/SyncStatus.tsx';
import { counterServiceNames } from './service-names.ts';
import { useStaffOnDuty } from './staff-on-duty.ts';
import './staff-on-duty.css';

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
        <StaffChooser />
        <SyncStatus variant="console" />
        <a
          className="btn console-change console-reports"
          href="#/reports"
          aria-label={t('console.header.reports')}
          title={t('console.header.reports')}
        >
          <BarChart3 aria-hidden="true" size={20} />
        </a>
        <button type="button" className="btn console-change" onClick={onChangeCounter}>
          <RefreshCcw aria-hidden="true" size={18} />
          {t('console.header.changeCounter')}
        </button>
      </header>
      <SyncNotices counterId={counter.id} />
    </>
  );
}

/**
 * "Petugas bertugas": who acts at this console window. Until someone is chosen the select says so
 * (in words, not only by its colour), and actions are recorded without a staff member.
 */
function StaffChooser() {
  const id = useId();
  const store = useStore();
  const { staff, onDuty, choose } = useStaffOnDuty(store);
  return (
    <label className="console-staff" htmlFor={id}>
      <span className="console-staff-label">{t('console.header.staffOnDuty')}</span>
      <select
        id={id}
        value={onDuty?.id ?? ''}
        onChange={(event) => choose(event.target.value || null)}
      >
        <option value="">{t('console.header.chooseStaff')}</option>
        {(staff ?? []).map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
      </select>
    </label>
  );
}
