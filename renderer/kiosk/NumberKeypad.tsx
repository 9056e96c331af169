// The large on-screen number keypad (NIK, supervisor PIN): 1–9, then Bersihkan, 0, Hapus, laid
// out like a phone so older visitors find the digits where they expect them.
import { Delete, Eraser } from 'lucide-react';
import { t } from '../i18n/index.ts';

interface NumberKeypadProps {
  label: string;
  onDigit(digit: string): void;
  onBackspace(): void;
  onClear(): void;
}

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

export function NumberKeypad({ label, onDigit, onBackspace, onClear }: NumberKeypadProps) {
  return (
    <fieldset className="kiosk-keypad" aria-label={label}>
      {digits.map((digit) => (
        <button key={digit} type="button" className="kiosk-key" onClick={() => onDigit(digit)}>
          {digit}
        </button>
      ))}
      <button type="button" className="kiosk-key kiosk-key-action" onClick={onClear}>
        <Eraser aria-hidden="true" />
        <span>{t('kiosk.identity.clear')}</span>
      </button>
      <button type="button" className="kiosk-key" onClick={() => onDigit('0')}>
        0
      </button>
      <button type="button" className="kiosk-key kiosk-key-action" onClick={onBackspace}>
        <Delete aria-hidden="true" />
        <span>{t('kiosk.identity.backspace')}</span>
      </button>
    </fieldset>
  );
}
