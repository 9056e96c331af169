// "Mungkin orang yang sama": the records a save found that may be the same person (same NIK, or
// a similar name with the same birth date), each with why. Staff choose: it is that person (use
// that record, or merge it into the one being edited), or it is someone else (save anyway).
import type { DuplicateCandidate } from '../../../core/beneficiary/duplicates.ts';
import { formatNik } from '../../../core/nik/nik.ts';
import { ModalDialog } from '../../console/ModalDialog.tsx';
import { t } from '../../i18n/index.ts';
import { birthText, regionText } from './beneficiary-text.ts';

export function DuplicateDialog({
  candidates,
  today,
  sameLabel,
  onSame,
  onDifferent,
  onClose,
}: {
  candidates: DuplicateCandidate[];
  today: string;
  /** "Pakai data ini" when creating, "Gabungkan ke data ini" when editing. */
  sameLabel: string;
  onSame: (candidate: DuplicateCandidate) => void;
  onDifferent: () => void;
  onClose: () => void;
}) {
  return (
    <ModalDialog
      title={t('casework.duplicates.title')}
      onClose={onClose}
      className="duplicate-dialog"
    >
      <p>{t('casework.duplicates.intro', { count: candidates.length })}</p>
      <ul className="duplicate-list">
        {candidates.map((c) => (
          <li key={c.beneficiary.id} className="duplicate">
            <div className="duplicate-who">
              <strong>{c.beneficiary.name}</strong>
              <span>
                {c.beneficiary.nik
                  ? `NIK ${formatNik(c.beneficiary.nik)}`
                  : t('casework.person.noNik')}
              </span>
              <span>{birthText(c.beneficiary, today)}</span>
              <span>{regionText(c.beneficiary)}</span>
              <ul className="duplicate-reasons">
                {c.reasons.map((r) => (
                  <li key={r.code}>{r.message}</li>
                ))}
              </ul>
            </div>
            <button
              type="button"
              className="btn btn-primary"
              aria-label={`${sameLabel}: ${c.beneficiary.name}`}
              onClick={() => onSame(c)}
            >
              {sameLabel}
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onDifferent}>
          {t('casework.duplicates.different')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('casework.duplicates.back')}
        </button>
      </div>
    </ModalDialog>
  );
}
