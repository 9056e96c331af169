// "Cetak…": a full-window print preview of the A4 document, with the paper's orientation and who
// signs as head of the centre. "Cetak" opens the print dialog (system's in the desktop app, the
// browser's in the web build); "Simpan PDF" renders the same page to a PDF through the main
// process. Only the document is printed: print.css hides the screen around it.
import { FileDown, Printer, X } from 'lucide-react';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ReportOrientation, ReportOutputResult } from '../../../core/bridge/bridge.ts';
import type { StaffMember } from '../../../core/centre/reference.ts';
import { getBridge } from '../../bridge/index.ts';
import { t } from '../../i18n/index.ts';
import type { Signatory } from './PrintDocument.tsx';

const SIGNER_KEY = 'serasi.reports.signerId';

function rememberedSigner(): string {
  try {
    return localStorage.getItem(SIGNER_KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberSigner(id: string) {
  try {
    localStorage.setItem(SIGNER_KEY, id);
  } catch {
    // Only a convenience: the choice is made again next time.
  }
}

/** Supervisors first: the head of the centre is usually among them. */
function signerCandidates(staff: readonly StaffMember[]): StaffMember[] {
  const rank = (s: StaffMember) => (s.role === 'supervisor' ? 0 : s.role === 'admin' ? 1 : 2);
  return [...staff].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'id'));
}

export function PrintDialog({
  title,
  fileName,
  defaultOrientation,
  staff,
  preparedBy,
  onClose,
  children,
}: {
  title: string;
  fileName: string;
  defaultOrientation: ReportOrientation;
  staff: readonly StaffMember[];
  preparedBy?: string;
  onClose: () => void;
  children: (orientation: ReportOrientation, signatory: Signatory) => ReactNode;
}) {
  const id = useId();
  const bridge = getBridge();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [orientation, setOrientation] = useState<ReportOrientation>(defaultOrientation);
  const candidates = signerCandidates(staff.filter((s) => s.id !== 'petugas-lain'));
  const [signerId, setSignerId] = useState(() => {
    const remembered = rememberedSigner();
    return candidates.some((s) => s.id === remembered) ? remembered : '';
  });
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const head = candidates.find((s) => s.id === signerId) ?? null;
  const signatory: Signatory = preparedBy === undefined ? { head } : { head, preparedBy };

  useEffect(() => {
    headingRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const show = (result: ReportOutputResult, done: string) => {
    if (result.ok) setStatus({ text: done, failed: false });
    else if (!result.cancelled) {
      setStatus({ text: t('reports.print.failed', { message: result.message }), failed: true });
    } else setStatus(null);
  };

  const run = async (action: 'print' | 'pdf') => {
    setBusy(true);
    setStatus(null);
    try {
      if (action === 'print') {
        show(await bridge.reports.print({ orientation, title }), t('reports.print.printed'));
      } else {
        const result = await bridge.reports.savePdf({ orientation, fileName });
        show(result, t('reports.print.saved', { path: result.ok ? (result.path ?? '') : '' }));
      }
    } finally {
      setBusy(false);
    }
  };

  // Straight under <body>: on paper everything else is hidden (print.css), wherever the dialog
  // was opened from.
  return createPortal(
    <div className="print-layer" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
      <div className="print-toolbar">
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          {t('reports.print.dialogTitle')}
        </h2>
        <fieldset className="print-orientation">
          <legend>{t('reports.print.orientation')}</legend>
          {(['portrait', 'landscape'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}-orientation`}
                value={value}
                checked={orientation === value}
                onChange={() => setOrientation(value)}
              />
              {t(`reports.print.${value}`)}
            </label>
          ))}
        </fieldset>
        <label className="print-signer">
          <span>{t('reports.print.signer')}</span>
          <select
            value={signerId}
            onChange={(event) => {
              setSignerId(event.target.value);
              rememberSigner(event.target.value);
            }}
          >
            <option value="">{t('reports.print.signerBlank')}</option>
            {candidates.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
                {s.nip ? ` — NIP ${s.nip}` : ''}
              </option>
            ))}
          </select>
        </label>
        <div className="print-buttons">
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={() => void run('print')}
          >
            <Printer aria-hidden="true" size={18} />
            {t('reports.print.print')}
          </button>
          {bridge.kind === 'electron' && (
            <button type="button" className="btn" disabled={busy} onClick={() => void run('pdf')}>
              <FileDown aria-hidden="true" size={18} />
              {t('reports.print.savePdf')}
            </button>
          )}
          <button type="button" className="btn" onClick={onClose}>
            <X aria-hidden="true" size={18} />
            {t('reports.print.close')}
          </button>
        </div>
        {bridge.kind === 'browser' && (
          <p className="print-hint">{t('reports.print.browserPdfHint')}</p>
        )}
        <p className={`print-status${status?.failed ? ' is-failed' : ''}`} role="status">
          {status?.text ?? ''}
        </p>
      </div>
      <section className="print-preview" aria-label={t('reports.print.preview')}>
        <div className={`print-paper is-${orientation}`}>{children(orientation, signatory)}</div>
      </section>
    </div>,
    document.body,
  );
}
