// Step 2: what the visitor needs, as big tiles with an icon, the service's name and one plain
// sentence. One tap chooses and moves on. The emergency service is not a tile: it is the red
// Darurat button, there on every step.
import { useId } from 'react';
import { type Service, servicesForModel } from '../../../core/catalog/services.ts';
import { serviceName, servicePlainWords } from '../../i18n/core-text.ts';
import { t } from '../../i18n/index.ts';
import { useStore } from '../../store/store-context.tsx';
import { BackButton, KioskStep } from '../KioskStep.tsx';
import { serviceIcons } from '../kiosk-icons.ts';

interface ServiceStepProps {
  chosenId: string | undefined;
  onChoose(serviceId: string): void;
  onBack(): void;
}

export function ServiceStep({ chosenId, onChoose, onBack }: ServiceStepProps) {
  const store = useStore();
  const services = servicesForModel(store.config.serviceModel);
  return (
    <KioskStep
      step={2}
      className="kiosk-service"
      guide="service"
      heading={t('kiosk.service.heading')}
      instruction={t('kiosk.service.instruction')}
      nav={<BackButton onClick={onBack} />}
    >
      <ul className="kiosk-tiles" aria-label={t('kiosk.service.list')}>
        {services.map((service) => (
          <li key={service.id}>
            <ServiceTile
              service={service}
              chosen={service.id === chosenId}
              onChoose={() => onChoose(service.id)}
            />
          </li>
        ))}
      </ul>
    </KioskStep>
  );
}

function ServiceTile({
  service,
  chosen,
  onChoose,
}: {
  service: Service;
  chosen: boolean;
  onChoose(): void;
}) {
  const wordsId = useId();
  const Icon = serviceIcons[service.icon];
  // The name is the bold label alone; the smaller words are its description. They are
  // aria-hidden, so they stay out of the name and are not read twice (aria-describedby still
  // reads hidden text); the name is the label a speech-input user says (WCAG 2.5.3).
  return (
    <button
      type="button"
      className={`kiosk-tile${chosen ? ' kiosk-tile-chosen' : ''}`}
      aria-describedby={wordsId}
      onClick={onChoose}
    >
      <Icon aria-hidden="true" className="kiosk-tile-icon" />
      <span className="kiosk-tile-text">
        <span className="kiosk-tile-name">{serviceName(service)}</span>
        <span id={wordsId} aria-hidden="true" className="kiosk-tile-words">
          {servicePlainWords(service)}
        </span>
      </span>
    </button>
  );
}
