// The referral letter (surat rujukan) on A4, printed only: on screen it is not shown, on paper
// (print media) it is the only thing shown (referral.css). The centre's letterhead, the number,
// the partner as addressee, the person's identity, the reason and case summary, the signature of
// the staff member on behalf of the head of the centre, and a QR code of the referral's id so the
// partner can verify it: the letter number is made offline per PC, the id is the true identity.
// Rendered straight under <body> so print CSS can hide everything else, wherever it is mounted.
import QRCode from 'qrcode';
import { useMemo } from 'react';
import { createPortal } from 'react-dom';
import { addressRegionLabel } from '../../../core/beneficiary/address.ts';
import type { Beneficiary } from '../../../core/beneficiary/beneficiary.ts';
import type { Referral } from '../../../core/casework/referral.ts';
import type { InstallationConfig } from '../../../core/centre/config.ts';
import type { CentreReference } from '../../../core/centre/reference.ts';
import { dayLabel } from '../../../core/reports/period.ts';
import { localDay } from '../../../core/time/local-day.ts';
import { t } from '../../i18n/index.ts';
import './referral.css';

/** The QR code as one SVG path (crisp at any print resolution), with a 4-module quiet zone. */
function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  let d = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  return { size: modules.size + 2 * quiet, d };
}

function QrCode({ text, label }: { text: string; label: string }) {
  const { size, d } = useMemo(() => qrPath(text), [text]);
  return (
    <svg
      className="referral-qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}

function birthLine(b: Beneficiary): string {
  const date = b.birthDate ? dayLabel(b.birthDate) : null;
  if (!b.birthPlace && !date) return t('referral.letter.unknown');
  return [b.birthPlace ?? t('referral.letter.unknown'), date ?? t('referral.letter.unknown')].join(
    ', ',
  );
}

function addressLine(b: Beneficiary): string {
  if (!b.address) return t('referral.letter.unknown');
  const parts = [b.address.street, addressRegionLabel(b.address)].filter((part): part is string =>
    Boolean(part),
  );
  return parts.length > 0 ? parts.join(', ') : t('referral.letter.unknown');
}

export function ReferralLetter({
  referral,
  beneficiary,
  config,
  reference,
}: {
  referral: Referral;
  beneficiary: Beneficiary;
  config: InstallationConfig;
  reference: CentreReference | undefined;
}) {
  const centre = reference?.centre.id === config.balai.id ? reference.centre : config.balai;
  const partner = reference?.partners.find((p) => p.id === referral.partnerId);
  const signer = reference?.staff.find((s) => s.id === referral.createdBy);
  const date = dayLabel(localDay(referral.createdAt, config.timeZone));
  const identity: [string, string][] = [
    [t('referral.letter.name'), beneficiary.name],
    [t('referral.letter.nik'), beneficiary.nik ?? t('referral.letter.nikNone')],
    [t('referral.letter.birth'), birthLine(beneficiary)],
    [t('referral.letter.address'), addressLine(beneficiary)],
  ];

  return createPortal(
    <div className="referral-print">
      <article
        className="referral-letter"
        aria-label={t('referral.letter.title', { number: referral.letterNumber })}
      >
        <header className="referral-letterhead">
          <p className="referral-letterhead-ministry">{t('referral.letter.ministry')}</p>
          <p className="referral-letterhead-directorate">{t('referral.letter.directorate')}</p>
          <p className="referral-letterhead-centre">{centre.name}</p>
          <p className="referral-letterhead-city">{centre.city}</p>
        </header>

        <table className="referral-letter-meta">
          <tbody>
            <tr>
              <th scope="row">{t('referral.letter.number')}</th>
              <td>: {referral.letterNumber}</td>
            </tr>
            <tr>
              <th scope="row">{t('referral.letter.attachment')}</th>
              <td>: {t('referral.letter.attachmentNone')}</td>
            </tr>
            <tr>
              <th scope="row">{t('referral.letter.subject')}</th>
              <td>
                : <strong>{t('referral.letter.subjectValue')}</strong>
              </td>
            </tr>
          </tbody>
        </table>

        <address className="referral-letter-to">
          <span>{t('referral.letter.to')}</span>
          <strong>{referral.partnerName}</strong>
          {partner?.address && <span>{partner.address}</span>}
          <span>{t('referral.letter.atPlace')}</span>
        </address>

        <p>{t('referral.letter.opening')}</p>
        <p>{t('referral.letter.intro', { centre: centre.name })}</p>
        <table className="referral-letter-identity">
          <tbody>
            {identity.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>: {value}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <h2 className="referral-letter-heading">{t('referral.letter.reason')}</h2>
        <p className="referral-letter-text">{referral.reason}</p>
        <h2 className="referral-letter-heading">{t('referral.letter.summary')}</h2>
        <p className="referral-letter-text">{referral.summary}</p>

        <p>{t('referral.letter.followUp', { date: dayLabel(referral.followUpBy) })}</p>
        <p>{t('referral.letter.closing')}</p>

        <footer className="referral-letter-foot">
          <figure className="referral-letter-qr">
            <QrCode text={referral.id} label={t('referral.letter.qrLabel', { id: referral.id })} />
            <figcaption>{t('referral.letter.qrCaption')}</figcaption>
          </figure>
          <div className="referral-letter-signature">
            <p>{t('referral.letter.placeDate', { place: centre.city, date })}</p>
            <p>{t('referral.letter.onBehalf')}</p>
            <p>
              {signer ? t(`referral.letter.role.${signer.role}`) : t('referral.letter.staffRole')}
            </p>
            <p className="referral-letter-signer">{referral.createdByName}</p>
            <p>
              {signer?.nip
                ? t('referral.letter.nip', { nip: signer.nip })
                : t('referral.letter.nipNone')}
            </p>
          </div>
        </footer>
      </article>
    </div>,
    document.body,
  );
}
