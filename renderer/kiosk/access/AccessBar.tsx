// The kiosk's access bar, on every step just above the Darurat button, within reach of a seated
// visitor: language, text size, high contrast, spoken guidance and its volume, reach mode and
// single-switch scanning. Each is a plain button that says its state in words (aria-pressed for
// on/off), never by colour alone.
import {
  Accessibility,
  ALargeSmall,
  Check,
  Contrast,
  Languages,
  Minus,
  Plus,
  ScanLine,
  Volume2,
  VolumeX,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { t } from '../../i18n/index.ts';
import { useKioskAccess } from './access-context.tsx';
import { nextTextScale, stepVolume, volumeSteps } from './kiosk-access.ts';

const percent = (share: number) => Math.round(share * 100);

function AccessButton({
  pressed,
  onClick,
  icon,
  children,
  lang,
}: {
  pressed?: boolean;
  onClick(): void;
  icon: ReactNode;
  children: ReactNode;
  lang?: string;
}) {
  return (
    <button
      type="button"
      className="btn kiosk-access-button"
      aria-pressed={pressed}
      lang={lang}
      onClick={onClick}
    >
      {icon}
      <span className="kiosk-access-text">{children}</span>
      {/* On shows as a tick too, not by colour alone; aria-pressed says it to a screen reader. */}
      {pressed ? <Check aria-hidden="true" className="kiosk-access-on" /> : null}
    </button>
  );
}

export function AccessBar() {
  const { access, change } = useKioskAccess();
  const otherLanguage = access.language === 'id' ? 'en' : 'id';
  const loudest = volumeSteps[volumeSteps.length - 1];
  const quietest = volumeSteps[0];

  return (
    <fieldset className="kiosk-access">
      <legend className="visually-hidden">{t('kiosk.access.label')}</legend>
      <AccessButton
        onClick={() => change({ language: otherLanguage })}
        icon={<Languages aria-hidden="true" />}
        lang={otherLanguage}
      >
        {t('kiosk.access.otherLanguage')}
      </AccessButton>
      <AccessButton
        onClick={() => change({ textScale: nextTextScale(access.textScale) })}
        icon={<ALargeSmall aria-hidden="true" />}
      >
        {t('kiosk.access.textSize', { percent: percent(access.textScale) })}
      </AccessButton>
      <AccessButton
        pressed={access.highContrast}
        onClick={() => change({ highContrast: !access.highContrast })}
        icon={<Contrast aria-hidden="true" />}
      >
        {t('kiosk.access.contrast')}
      </AccessButton>
      <AccessButton
        pressed={access.voice}
        onClick={() => change({ voice: !access.voice })}
        icon={access.voice ? <Volume2 aria-hidden="true" /> : <VolumeX aria-hidden="true" />}
      >
        {t('kiosk.access.voice')}
      </AccessButton>
      {access.voice ? (
        <div className="kiosk-access-volume">
          <button
            type="button"
            className="btn kiosk-access-button"
            aria-label={t('kiosk.access.quieter')}
            disabled={access.volume === quietest}
            onClick={() => change({ volume: stepVolume(access.volume, -1) })}
          >
            <Minus aria-hidden="true" />
          </button>
          <output className="kiosk-access-volume-value" aria-live="polite">
            {t('kiosk.access.volume', { percent: percent(access.volume) })}
          </output>
          <button
            type="button"
            className="btn kiosk-access-button"
            aria-label={t('kiosk.access.louder')}
            disabled={access.volume === loudest}
            onClick={() => change({ volume: stepVolume(access.volume, 1) })}
          >
            <Plus aria-hidden="true" />
          </button>
        </div>
      ) : null}
      <AccessButton
        pressed={access.reach}
        onClick={() => change({ reach: !access.reach })}
        icon={<Accessibility aria-hidden="true" />}
      >
        {t('kiosk.access.reach')}
      </AccessButton>
      <AccessButton
        pressed={access.scanning}
        onClick={() => change({ scanning: !access.scanning })}
        icon={<ScanLine aria-hidden="true" />}
      >
        {t('kiosk.access.scanning')}
      </AccessButton>
    </fieldset>
  );
}
