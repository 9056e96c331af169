// Step 4: permission to keep personal data (UU 27/2022), in plain words: what is recorded, why,
// who sees it, and the visitor's rights. Saying no still gives a ticket; only the NIK and name
// are then not kept.
import { Check, Eye, FileText, Scale, Target } from 'lucide-react';
import { useId } from 'react';
import { t } from '../../i18n/index.ts';
import { BackButton, KioskStep } from '../KioskStep.tsx';

interface ConsentStepProps {
  /** What personal data the visitor gave, to say exactly what would be kept. */
  gave: 'nik' | 'name' | 'nothing';
  onAnswer(consentGiven: boolean): void;
  onBack(): void;
}

const whatKey = {
  nik: 'kiosk.consent.whatNik',
  name: 'kiosk.consent.whatName',
  nothing: 'kiosk.consent.whatNothing',
} as const;

export function ConsentStep({ gave, onAnswer, onBack }: ConsentStepProps) {
  const declineNoteId = useId();
  const points = [
    { Icon: FileText, title: t('kiosk.consent.whatTitle'), text: t(whatKey[gave]) },
    { Icon: Target, title: t('kiosk.consent.whyTitle'), text: t('kiosk.consent.why') },
    { Icon: Eye, title: t('kiosk.consent.whoTitle'), text: t('kiosk.consent.who') },
    { Icon: Scale, title: t('kiosk.consent.rightsTitle'), text: t('kiosk.consent.rights') },
  ];
  return (
    <KioskStep
      step={4}
      className="kiosk-consent"
      guide="consent"
      heading={t('kiosk.consent.heading')}
      instruction={t('kiosk.consent.intro')}
      nav={<BackButton onClick={onBack} />}
    >
      <dl className="kiosk-consent-points">
        {points.map(({ Icon, title, text }) => (
          <div key={title} className="kiosk-consent-point">
            <dt>
              <Icon aria-hidden="true" className="kiosk-consent-icon" />
              {title}
            </dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <p className="kiosk-consent-law">{t('kiosk.consent.law')}</p>
      <div className="kiosk-consent-answers">
        <button
          type="button"
          className="btn btn-primary kiosk-answer"
          onClick={() => onAnswer(true)}
        >
          <Check aria-hidden="true" />
          {t('kiosk.consent.agree')}
        </button>
        <div className="kiosk-decline">
          <button
            type="button"
            className="btn kiosk-answer"
            aria-describedby={declineNoteId}
            onClick={() => onAnswer(false)}
          >
            {t('kiosk.consent.decline')}
          </button>
          <p id={declineNoteId} className="kiosk-decline-note">
            {t('kiosk.consent.declineNote')}
          </p>
        </div>
      </div>
    </KioskStep>
  );
}
