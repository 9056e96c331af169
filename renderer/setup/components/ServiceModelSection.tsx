// The centre's service model: what the console offers on site and what becomes a referral.
import { type ServiceModel, serviceModels } from '../../../core/centre/config.ts';
import { t } from '../../i18n/index.ts';
import { fieldIds } from '../field-ids.ts';
import { hintId } from './Field.tsx';

interface ServiceModelSectionProps {
  value: ServiceModel;
  onChange(model: ServiceModel): void;
}

export function ServiceModelSection({ value, onChange }: ServiceModelSectionProps) {
  return (
    <section className="setup-section" aria-labelledby="setup-model-heading">
      <h2 id="setup-model-heading">{t('setup.model.heading')}</h2>
      <fieldset id={fieldIds.serviceModel} className="setup-choices">
        <legend className="visually-hidden">{t('setup.model.legend')}</legend>
        {serviceModels.map((model) => {
          const id = `${fieldIds.serviceModel}-${model}`;
          return (
            <div className="setup-choice" key={model}>
              <input
                type="radio"
                id={id}
                name="service-model"
                value={model}
                checked={value === model}
                onChange={() => onChange(model)}
                aria-describedby={hintId(id)}
              />
              <div>
                <label htmlFor={id}>{t(`setup.model.${model}.label`)}</label>
                <p id={hintId(id)} className="setup-hint">
                  {t(`setup.model.${model}.hint`)}
                </p>
              </div>
            </div>
          );
        })}
      </fieldset>
    </section>
  );
}
