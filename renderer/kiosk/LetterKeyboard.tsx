// The on-screen letter keyboard for a name: A–Z in alphabetical order (easier to search than
// QWERTY for people who rarely type), apostrophe and hyphen ("Nur'aini", "Ana-Maria"), then a
// wide space bar and Hapus. The keys wrap into 7 columns on a portrait screen, 10 on landscape.
import { Delete } from 'lucide-react';
import { t } from '../i18n/index.ts';

interface LetterKeyboardProps {
  onKey(key: string): void;
  onBackspace(): void;
}

const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

export function LetterKeyboard({ onKey, onBackspace }: LetterKeyboardProps) {
  return (
    <fieldset className="kiosk-keyboard" aria-label={t('kiosk.name.keyboard')}>
      <div className="kiosk-keyboard-keys">
        {letters.map((letter) => (
          <button key={letter} type="button" className="kiosk-key" onClick={() => onKey(letter)}>
            {letter}
          </button>
        ))}
        <button
          type="button"
          className="kiosk-key kiosk-key-mark"
          aria-label={t('kiosk.name.apostrophe')}
          onClick={() => onKey("'")}
        >
          '
        </button>
        <button
          type="button"
          className="kiosk-key kiosk-key-mark"
          aria-label={t('kiosk.name.hyphen')}
          onClick={() => onKey('-')}
        >
          -
        </button>
      </div>
      <div className="kiosk-keyboard-edit">
        <button type="button" className="kiosk-key kiosk-key-space" onClick={() => onKey(' ')}>
          {t('kiosk.name.space')}
        </button>
        <button type="button" className="kiosk-key kiosk-key-action" onClick={onBackspace}>
          <Delete aria-hidden="true" />
          <span>{t('kiosk.name.backspace')}</span>
        </button>
      </div>
    </fieldset>
  );
}
