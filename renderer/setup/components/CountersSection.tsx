// The centre's counters: number, name and the services each one calls. Emergencies are not in the
// list because they reach every counter anyway.
import { Plus, Trash2 } from 'lucide-react';
import type { Service } from '../../../core/catalog/services.ts';
import { t } from '../../i18n/index.ts';
import type { CounterDraft } from '../draft.ts';
import { fieldIds } from '../field-ids.ts';
import { type ErrorLookup, errorId, FieldError, TextField } from './Field.tsx';

interface CountersSectionProps {
  counters: readonly CounterDraft[];
  services: readonly Service[];
  errorFor: ErrorLookup;
  onAdd(): void;
  onRemove(id: string): void;
  onRenumber(id: string, number: string): void;
  onChange(id: string, patch: Partial<CounterDraft>): void;
}

export function CountersSection(props: CountersSectionProps) {
  const { counters, services, errorFor } = props;
  const listError = errorFor(fieldIds.addCounter);
  return (
    <section className="setup-section" aria-labelledby="setup-counters-heading">
      <h2 id="setup-counters-heading">{t('setup.counters.heading')}</h2>
      <p className="setup-intro">{t('setup.counters.intro')}</p>
      {counters.length === 0 ? (
        <p className="setup-empty">{t('setup.counters.empty')}</p>
      ) : (
        <ul className="setup-counters">
          {counters.map((counter) => (
            <CounterCard
              key={counter.id}
              counter={counter}
              services={services}
              errorFor={errorFor}
              onRemove={() => props.onRemove(counter.id)}
              onRenumber={(number) => props.onRenumber(counter.id, number)}
              onChange={(patch) => props.onChange(counter.id, patch)}
            />
          ))}
        </ul>
      )}
      <div className={listError ? 'setup-field has-error' : 'setup-field'}>
        <FieldError id={fieldIds.addCounter} message={listError} />
        <button
          type="button"
          id={fieldIds.addCounter}
          className="btn"
          onClick={props.onAdd}
          aria-describedby={listError ? errorId(fieldIds.addCounter) : undefined}
        >
          <Plus aria-hidden="true" />
          {t('setup.counters.add')}
        </button>
      </div>
    </section>
  );
}

interface CounterCardProps {
  counter: CounterDraft;
  services: readonly Service[];
  errorFor: ErrorLookup;
  onRemove(): void;
  onRenumber(number: string): void;
  onChange(patch: Partial<CounterDraft>): void;
}

function CounterCard({
  counter,
  services,
  errorFor,
  onRemove,
  onRenumber,
  onChange,
}: CounterCardProps) {
  const ids = fieldIds.counter(counter.id);
  const shownNumber = counter.number.trim() || '?';
  const servicesError = errorFor(ids.services);
  const headingId = `${ids.number}-heading`;
  const toggle = (serviceId: string, checked: boolean) =>
    onChange({
      serviceIds: checked
        ? [...counter.serviceIds, serviceId]
        : counter.serviceIds.filter((id) => id !== serviceId),
    });
  return (
    <li className="setup-counter" aria-labelledby={headingId}>
      <div className="setup-counter-head">
        <h3 id={headingId}>{t('setup.counters.item', { number: shownNumber })}</h3>
        <button type="button" className="btn setup-remove" onClick={onRemove}>
          <Trash2 aria-hidden="true" />
          {t('setup.counters.remove', { number: shownNumber })}
        </button>
      </div>
      <div className="setup-counter-fields">
        <TextField
          id={ids.number}
          label={t('setup.counters.number')}
          value={counter.number}
          numeric
          width="short"
          error={errorFor(ids.number)}
          onChange={onRenumber}
        />
        <TextField
          id={ids.name}
          label={t('setup.counters.name')}
          hint={t('setup.counters.nameHint', { number: shownNumber })}
          value={counter.name}
          error={errorFor(ids.name)}
          onChange={(name) => onChange({ name })}
        />
      </div>
      <fieldset
        id={ids.services}
        className={servicesError ? 'setup-services has-error' : 'setup-services'}
        aria-describedby={servicesError ? errorId(ids.services) : undefined}
      >
        <legend>{t('setup.counters.services')}</legend>
        <FieldError id={ids.services} message={servicesError} />
        <div className="setup-checkboxes">
          {services.map((service) => {
            const id = `${ids.services}-${service.id}`;
            return (
              <div className="setup-check" key={service.id}>
                <input
                  type="checkbox"
                  id={id}
                  checked={counter.serviceIds.includes(service.id)}
                  onChange={(event) => toggle(service.id, event.target.checked)}
                />
                <label htmlFor={id}>
                  <span className="setup-letter" aria-hidden="true">
                    {service.letter}
                  </span>
                  {service.name}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </li>
  );
}
