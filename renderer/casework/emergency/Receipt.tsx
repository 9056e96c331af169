// The tanda terima of emergency help, as printed for the recipient to sign: the centre's
// letterhead, the receipt number, date and time, the beneficiary (NIK shown only by its last four
// digits — personal data), the help with quantity, unit, value and total in rupiah, who gave it,
// and the two signature boxes "Yang menerima" and "Petugas". A5-sized content on an A4 portrait
// page. It is shown only on paper: ReceiptPrintLayer puts it straight under <body>, hidden on
// screen, and emergency.css hides everything else in print media while it is there.
import { createPortal } from 'react-dom';
import type { Beneficiary } from '../../../core/beneficiary/beneficiary.ts';
import {
  type EmergencyService,
  emergencyItem,
  formatRupiah,
} from '../../../core/casework/emergency.ts';
import type { InstallationConfig } from '../../../core/centre/config.ts';
import { dayLabel } from '../../../core/reports/period.ts';
import { formatLocalDate, formatLocalTime, localDay } from '../../../core/time/local-day.ts';
import { t } from '../../i18n/index.ts';
import './emergency.css';

/** "************0001": only the last four digits of a NIK leave the counter on paper. */
export function maskNik(nik: string | null): string | null {
  if (nik === null || nik.length < 4) return null;
  return `${'*'.repeat(nik.length - 4)}${nik.slice(-4)}`;
}

const number = new Intl.NumberFormat('id-ID');

/** A file name the bridge accepts: "Tanda terima 0001.3FA2-TT-BRSLU-GAU-MABAJI-XI-2026". */
export function receiptFileName(service: Pick<EmergencyService, 'receiptNumber'>): string {
  const safe = service.receiptNumber.replace(/[^\p{L}\p{N} ._()-]+/gu, '-');
  return `Tanda terima ${safe}`.slice(0, 120);
}

export interface ReceiptProps {
  service: EmergencyService;
  beneficiary: Pick<Beneficiary, 'name' | 'nik'>;
  centre: InstallationConfig['balai'];
  timeZone: InstallationConfig['timeZone'];
  /** The giving staff member's NIP, when the centre's staff list has one. */
  staffNip?: string | undefined;
}

export function Receipt({ service, beneficiary, centre, timeZone, staffNip }: ReceiptProps) {
  const masked = maskNik(beneficiary.nik);
  const day = localDay(service.givenAt, timeZone);
  return (
    <article
      className="receipt-document"
      aria-label={t('emergency.receipt.documentTitle', { number: service.receiptNumber })}
    >
      <header className="receipt-letterhead">
        <p className="receipt-ministry">{t('emergency.receipt.ministry')}</p>
        <p className="receipt-directorate">{t('emergency.receipt.directorate')}</p>
        <p className="receipt-centre">{centre.name}</p>
        <p className="receipt-city">{centre.city}</p>
      </header>
      <h1 className="receipt-title">{t('emergency.receipt.title')}</h1>
      <p className="receipt-number">
        {t('emergency.receipt.number', { number: service.receiptNumber })}
      </p>
      <p className="receipt-intro">{t('emergency.receipt.intro', { centre: centre.name })}</p>
      <dl className="receipt-facts">
        <dt>{t('emergency.panel.colTime')}</dt>
        <dd>
          {t('emergency.receipt.givenAt', {
            date: formatLocalDate(service.givenAt, timeZone),
            time: formatLocalTime(service.givenAt, timeZone),
            zone: t(`reports.zone.${timeZone}`),
          })}
        </dd>
        <dt>{t('emergency.receipt.beneficiary')}</dt>
        <dd>{beneficiary.name}</dd>
        <dt>{t('emergency.receipt.nik')}</dt>
        <dd className="receipt-nik">{masked ?? t('emergency.receipt.noNik')}</dd>
        <dt>{t('emergency.receipt.recipient')}</dt>
        <dd>{service.recipientName}</dd>
        <dt>{t('emergency.receipt.staff')}</dt>
        <dd>{service.givenByName}</dd>
      </dl>
      <table className="receipt-items">
        <thead>
          <tr>
            <th scope="col" className="is-number">
              {t('emergency.receipt.colNo')}
            </th>
            <th scope="col">{t('emergency.receipt.colItem')}</th>
            <th scope="col" className="is-number">
              {t('emergency.receipt.colQuantity')}
            </th>
            <th scope="col">{t('emergency.receipt.colUnit')}</th>
            <th scope="col" className="is-number">
              {t('emergency.receipt.colUnitValue')}
            </th>
            <th scope="col" className="is-number">
              {t('emergency.receipt.colValue')}
            </th>
          </tr>
        </thead>
        <tbody>
          {service.lines.map((line, index) => {
            const item = emergencyItem(line.itemId);
            const cash = item?.unit === 'rupiah';
            return (
              <tr key={line.itemId}>
                <td className="is-number">{index + 1}</td>
                <td>{item?.label ?? line.itemId}</td>
                <td className="is-number">
                  {cash ? formatRupiah(line.quantity) : number.format(line.quantity)}
                </td>
                <td>{cash ? t('emergency.receipt.cashUnit') : (item?.unit ?? '')}</td>
                <td className="is-number">{cash ? '—' : formatRupiah(line.unitValue)}</td>
                <td className="is-number">{formatRupiah(line.quantity * line.unitValue)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              {t('emergency.receipt.total')}
            </th>
            <td className="is-number">{formatRupiah(service.totalValue)}</td>
          </tr>
        </tfoot>
      </table>
      {service.note && (
        <p className="receipt-note">{t('emergency.receipt.note', { note: service.note })}</p>
      )}
      <p className="receipt-free">{t('emergency.receipt.free')}</p>
      <p className="receipt-place">
        {t('emergency.receipt.placeDate', { place: centre.city, date: dayLabel(day) })}
      </p>
      <section className="receipt-signatures">
        <div className="receipt-signature">
          <p>{t('emergency.receipt.receivedBy')}</p>
          <div className="receipt-sign-space" />
          <p className="receipt-sign-name">{service.recipientName}</p>
        </div>
        <div className="receipt-signature">
          <p>{t('emergency.receipt.officer')}</p>
          <div className="receipt-sign-space" />
          <p className="receipt-sign-name">{service.givenByName}</p>
          {staffNip && <p className="receipt-sign-nip">NIP. {staffNip}</p>}
        </div>
      </section>
      {masked && <p className="receipt-privacy">{t('emergency.receipt.privacy')}</p>}
    </article>
  );
}

/**
 * The receipt on paper only: straight under <body> (so print media can hide the rest of the
 * screen, wherever the panel sits), never shown on screen.
 */
export function ReceiptPrintLayer(props: ReceiptProps) {
  return createPortal(
    <div className="receipt-print-layer">
      <Receipt {...props} />
    </div>,
    document.body,
  );
}
