// Sending the visitor in hand to another service of the centre. The store keeps the number and
// the original arrival time, so the visitor keeps their place in the new service's line.
import { ArrowRightLeft } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { allServicesForModel, EMERGENCY_SERVICE_ID } from '../../core/catalog/services.ts';
import type { Ticket } from '../../core/queue/ticket.ts';
import { t } from '../i18n/index.ts';
import type { Store } from '../store/store.ts';
import { transfer } from '../store/tickets.ts';
import { ModalDialog } from './ModalDialog.tsx';
import { serviceName } from './service-names.ts';

export function TransferDialog({
  store,
  ticket,
  counterId,
  staffId,
  onClose,
  onDone,
}: {
  store: Store;
  ticket: Ticket;
  counterId: string;
  /** Who is on duty at this console (staff-on-duty.ts); recorded on the ticket's event. */
  staffId: string | undefined;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const [serviceId, setServiceId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const targets = allServicesForModel(store.config.serviceModel).filter(
    (s) => s.id !== ticket.serviceId && s.id !== EMERGENCY_SERVICE_ID,
  );

  const servedBy = (id: string) =>
    store.config.counters
      .filter((c) => c.serviceIds.includes(id))
      .map((c) => t('console.header.counter', { number: c.number }))
      .join(', ');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!serviceId) {
      setProblem(t('console.transfer.chooseService'));
      return;
    }
    setBusy(true);
    const result = await transfer(store, ticket.id, serviceId, counterId, { staffId });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    onDone(t('console.done.transfer', { number: ticket.number, service: serviceName(serviceId) }));
  };

  return (
    <ModalDialog title={t('console.transfer.title', { number: ticket.number })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="console-dialog-intro">{t('console.transfer.intro')}</p>
        <fieldset
          className="transfer-targets"
          aria-describedby={problem ? 'transfer-problem' : undefined}
        >
          <legend>{t('console.transfer.legend')}</legend>
          {targets.map((service) => {
            const counters = servedBy(service.id);
            return (
              <label key={service.id} className="transfer-option">
                <input
                  type="radio"
                  name="transfer-service"
                  value={service.id}
                  checked={serviceId === service.id}
                  onChange={() => {
                    setServiceId(service.id);
                    setProblem(null);
                  }}
                />
                <span className="transfer-option-text">
                  <span className="transfer-option-name">
                    <span className="transfer-letter" aria-hidden="true">
                      {service.letter}
                    </span>
                    {service.name}
                  </span>
                  <span className={counters ? 'transfer-option-hint' : 'transfer-option-hint warn'}>
                    {counters
                      ? t('console.transfer.servedBy', { counters })
                      : t('console.transfer.notServed')}
                  </span>
                </span>
              </label>
            );
          })}
        </fieldset>
        <div role="alert" className="dialog-problem-region">
          {problem && (
            <p id="transfer-problem" className="dialog-problem">
              {problem}
            </p>
          )}
        </div>
        <div className="console-dialog-buttons">
          <button type="button" className="btn" onClick={onClose}>
            {t('console.transfer.close')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            <ArrowRightLeft aria-hidden="true" size={20} />
            {t('console.transfer.confirm')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
