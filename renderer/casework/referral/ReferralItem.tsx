// One referral of a visit: where it went, its status and the date each status was reached, and
// the statuses it may move to next, with a note ("Ditolak" needs the partner's reason). A refusal
// keeps the note as typed.
import { Printer } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import {
  isOverdue,
  nextStatuses,
  type Referral,
  type ReferralStatus,
  referralStatus,
  referralStatuses,
  statusField,
} from '../../../core/casework/referral.ts';
import { dayLabel } from '../../../core/reports/period.ts';
import { formatLocalTime, localDay } from '../../../core/time/local-day.ts';
import { t } from '../../i18n/index.ts';
import { daysLate, setReferralStatus } from '../../store/referrals.ts';
import type { CaseworkContext } from '../casework-context.ts';

export function ReferralItem({
  referral,
  casework,
  onPrint,
}: {
  referral: Referral;
  casework: CaseworkContext;
  onPrint: () => void;
}) {
  const { store, today, confirm } = casework;
  const id = useId();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const status = referralStatus(referral);
  const next = nextStatuses(status);
  const overdue = isOverdue(referral, today);
  const zone = store.config.timeZone;
  const when = (at: number) => `${dayLabel(localDay(at, zone))}, ${formatLocalTime(at, zone)}`;
  const reached = referralStatuses.flatMap((s) => {
    const at = referral[statusField[s]];
    return at === null ? [] : [{ status: s, at }];
  });
  const statusText = (s: ReferralStatus) => t(`referral.status.${s}`);

  const mark = async (to: ReferralStatus) => {
    if (busy) return;
    if (to === 'rejected' && note.trim() === '') {
      setProblem(t('referral.list.rejectReasonRequired'));
      noteRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await setReferralStatus(store, referral.id, to, note);
      if (!result.ok) {
        setProblem(result.message);
        noteRef.current?.focus();
        return;
      }
      setProblem(null);
      setNote('');
      confirm(
        t('referral.list.statusSaved', { number: referral.letterNumber, status: statusText(to) }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={`referral-item is-${status}${overdue ? ' is-overdue' : ''}`}>
      <article aria-labelledby={`${id}-title`}>
        <header className="referral-item-head">
          <h4 id={`${id}-title`}>{t('referral.list.letter', { number: referral.letterNumber })}</h4>
          <p className={`referral-status is-${status}`}>
            {t('referral.list.status', { status: statusText(status) })}
          </p>
          {overdue && (
            <p className="referral-overdue">
              {t('referral.list.overdue', { days: daysLate(referral.followUpBy, today) })}
            </p>
          )}
        </header>
        <div className="referral-item-facts">
          <p>
            {t('referral.list.to', {
              partner: referral.partnerName,
              kind: t(`referral.kinds.${referral.partnerKind}`),
            })}
          </p>
          <p>{t('referral.list.followUpBy', { date: dayLabel(referral.followUpBy) })}</p>
          <h5 className="referral-item-sub">{t('referral.list.reached')}</h5>
          <ol className="referral-reached">
            {reached.map((r) => (
              <li key={r.status}>
                {t('referral.list.reachedItem', { status: statusText(r.status), date: when(r.at) })}
              </li>
            ))}
          </ol>
          {referral.statusNote && (
            <p className="referral-note">
              {t('referral.list.note', { note: referral.statusNote })}
            </p>
          )}
          <div className="referral-item-actions">
            <button
              type="button"
              className="btn"
              aria-describedby={`${id}-title`}
              onClick={onPrint}
            >
              <Printer aria-hidden="true" size={20} />
              {t('referral.list.reprint')}
            </button>
          </div>
        </div>
        {next.length === 0 ? (
          <p className="referral-finished">
            {t('referral.list.finished', { status: statusText(status).toLowerCase() })}
          </p>
        ) : (
          <fieldset className="referral-next">
            <legend>{t('referral.list.nextTitle')}</legend>
            <label htmlFor={`${id}-note`}>
              {next.includes('rejected')
                ? t('referral.list.noteRejectLabel')
                : t('referral.list.noteLabel')}
            </label>
            <p id={`${id}-hint`} className="referral-hint">
              {t('referral.list.noteHint')}
            </p>
            <textarea
              ref={noteRef}
              id={`${id}-note`}
              rows={2}
              maxLength={1000}
              value={note}
              aria-invalid={problem ? true : undefined}
              aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
              onChange={(event) => {
                setNote(event.target.value);
                if (problem) setProblem(null);
              }}
            />
            <div role="alert" className="referral-alert-region">
              {problem && (
                <p id={`${id}-problem`} className="referral-field-error">
                  {problem}
                </p>
              )}
            </div>
            <div className="referral-next-buttons">
              {next.map((to) => (
                <button
                  key={to}
                  type="button"
                  className={`btn${to === 'rejected' ? ' referral-reject' : ' btn-primary'}`}
                  disabled={busy}
                  aria-describedby={`${id}-title`}
                  onClick={() => void mark(to)}
                >
                  {t('referral.list.mark', { status: statusText(to) })}
                </button>
              ))}
            </div>
          </fieldset>
        )}
      </article>
    </li>
  );
}
