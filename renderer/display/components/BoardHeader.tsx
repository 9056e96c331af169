// The board's top line: which centre this is, today's date and the time in the centre's zone.

import type { ReactNode } from 'react';
import { indonesianTimeZones } from '../../../core/centre/centres.ts';
import type { InstallationConfig } from '../../../core/centre/config.ts';
import { formatLocalDate, formatLocalTime } from '../../../core/time/local-day.ts';
import { t } from '../../i18n/index.ts';

interface BoardHeaderProps {
  config: InstallationConfig;
  now: number;
  /** Shown between the centre and the clock (the sound prompt), where no caption covers it. */
  children?: ReactNode;
}

export function BoardHeader({ config, now, children }: BoardHeaderProps) {
  const zone = indonesianTimeZones.find((z) => z.id === config.timeZone)?.label.split(' ')[0];
  return (
    <header className="board-header">
      <div className="board-centre">
        <h1 className="board-centre-name">{config.balai.shortName}</h1>
        <p className="board-centre-full">
          {config.balai.name} · {config.balai.city}
        </p>
      </div>
      {children}
      <div className="board-clock">
        <p className="board-time">
          <span className="visually-hidden">{t('display.clock')}: </span>
          <time dateTime={new Date(now).toISOString()}>
            {formatLocalTime(now, config.timeZone)}
          </time>
          {zone ? <span className="board-zone"> {zone}</span> : null}
        </p>
        <p className="board-date">{formatLocalDate(now, config.timeZone)}</p>
      </div>
    </header>
  );
}
