// The red Darurat button, on every step, and its one confirmation: a person in crisis needs one
// clear question, not a form.
import { Siren } from 'lucide-react';
import { t } from '../i18n/index.ts';
import { useGuidance } from './access/access-context.tsx';
import { KioskDialog } from './KioskDialog.tsx';

export function DaruratButton({ onPress }: { onPress(): void }) {
  return (
    <button type="button" className="btn btn-danger kiosk-darurat" onClick={onPress}>
      <Siren aria-hidden="true" className="kiosk-darurat-icon" />
      {/* The name is the visible words, joined as kiosk.emergency.buttonLabel says them. */}
      <span className="kiosk-darurat-text">
        <span className="kiosk-darurat-title">{t('kiosk.emergency.button')}</span>
        <span className="visually-hidden"> — </span>
        <span className="kiosk-darurat-hint">{t('kiosk.emergency.buttonHint')}</span>
      </span>
    </button>
  );
}

export function DaruratConfirm({
  open,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  useGuidance(open ? 'darurat-confirm' : undefined);
  return (
    <KioskDialog
      open={open}
      heading={t('kiosk.emergency.confirmHeading')}
      onCancel={onCancel}
      tone="danger"
    >
      <p className="kiosk-dialog-text">{t('kiosk.emergency.confirmText')}</p>
      {/* The likely answer comes first, so it is where focus lands when the dialog opens. */}
      <div className="kiosk-dialog-actions">
        <button type="button" className="btn btn-danger kiosk-dialog-button" onClick={onConfirm}>
          <Siren aria-hidden="true" />
          {t('kiosk.emergency.confirm')}
        </button>
        <button type="button" className="btn kiosk-dialog-button" onClick={onCancel}>
          {t('kiosk.emergency.cancel')}
        </button>
      </div>
    </KioskDialog>
  );
}
