// First thing a console window asks: which counter (loket) it serves.
import { MonitorCheck } from 'lucide-react';
import { useId } from 'react';
import type { InstallationConfig } from '../../core/centre/config.ts';
import { t } from '../i18n/index.ts';
import { counterServiceNames } from './service-names.ts';

export function CounterChooser({
  config,
  onChoose,
}: {
  config: InstallationConfig;
  onChoose: (counterId: string) => void;
}) {
  const baseId = useId();
  return (
    <main className="console-chooser">
      <p className="console-chooser-centre">{config.balai.name}</p>
      <h1>{t('console.chooser.title')}</h1>
      <p className="console-chooser-intro">{t('console.chooser.intro')}</p>
      <ul className="console-chooser-list" aria-label={t('console.chooser.listLabel')}>
        {config.counters.map((counter, index) => {
          const label = t('console.header.counter', { number: counter.number });
          // The name alone is the button's name ("Loket 2", WCAG 2.5.3); the services line is
          // aria-hidden and read as its description.
          const servicesId = `${baseId}-${index}-services`;
          return (
            <li key={counter.id}>
              <button
                type="button"
                className="console-chooser-option"
                aria-describedby={servicesId}
                onClick={() => onChoose(counter.id)}
              >
                <MonitorCheck aria-hidden="true" className="console-chooser-icon" />
                <span className="console-chooser-text">
                  <span className="console-chooser-name">
                    {label}
                    {counter.name !== label ? ` — ${counter.name}` : ''}
                  </span>
                  <span id={servicesId} className="console-chooser-services" aria-hidden="true">
                    {t('console.chooser.counterServices', {
                      services: counterServiceNames(counter),
                    })}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
