// Cancelling the ticket in hand needs a reason, kept for the daily report. An empty reason is
// refused with a message and nothing typed is lost.
import { Ban } from 'lucide-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { Ticket } from '../../core/queue/ticket.ts';
import { t } from '../i18n/index.ts';
import type { Store } from '../store/store.ts';
import { act } from '../store/tickets.ts';
import { ModalDialog } from './ModalDialog.tsx';

const quickReasons = ['wrongService', 'duplicate', 'leftEarly', 'testTicket'] as const;

export function CancelDialog({
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
  const id = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setProblem(t('console.cancel.reasonRequired'));
      field.current?.focus();
      return;
    }
    setBusy(true);
    const result = await act(store, ticket.id, 'cancel', {
      counterId,
      reason: reason.trim(),
      staffId,
    });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    onDone(t('console.done.cancel', { number: ticket.number }));
  };

  return (
    <ModalDialog title={t('console.cancel.title', { number: ticket.number })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="console-dialog-intro">{t('console.cancel.intro')}</p>
        <label htmlFor={`${id}-reason`} className="cancel-label">
          {t('console.cancel.reason')}
        </label>
        <p id={`${id}-hint`} className="cancel-hint">
          {t('console.cancel.reasonHint')}
        </p>
        <fieldset className="cancel-quick">
          <legend className="visually-hidden">{t('console.cancel.quickReasons')}</legend>
          {quickReasons.map((key) => (
            <button
              key={key}
              type="button"
              className="btn cancel-quick-reason"
              onClick={() => {
                setReason(t(`console.cancel.quick.${key}`));
                setProblem(null);
                field.current?.focus();
              }}
            >
              {t(`console.cancel.quick.${key}`)}
            </button>
          ))}
        </fieldset>
        <textarea
          ref={field}
          id={`${id}-reason`}
          className="cancel-reason"
          rows={3}
          maxLength={300}
          required
          value={reason}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
          onChange={(event) => {
            setReason(event.target.value);
            if (problem) setProblem(null);
          }}
        />
        <div role="alert" className="dialog-problem-region">
          {problem && (
            <p id={`${id}-problem`} className="dialog-problem">
              {problem}
            </p>
          )}
        </div>
        <div className="console-dialog-buttons">
          <button type="button" className="btn" onClick={onClose}>
            {t('console.cancel.close')}
          </button>
          <button type="submit" className="btn btn-danger" disabled={busy}>
            <Ban aria-hidden="true" size={20} />
            {t('console.cancel.confirm')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
