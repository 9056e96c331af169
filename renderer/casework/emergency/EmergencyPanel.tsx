// Layanan darurat of a visit: choose the help given on the spot from the catalogue (quantity and
// value per line, the usual value prefilled; stock on hand beside stocked items, with a warning
// when an item is at or under its mark), who receives and signs (the beneficiary or a companion),
// then "Berikan bantuan". A refusal names each problem and keeps everything typed; a success gives
// the receipt number and prints the tanda terima (through the bridge: the system print dialog or a
// PDF in the desktop app, the browser's print dialog otherwise). Earlier help of the visit is
// listed with its receipt numbers, each reprintable.
import { useLiveQuery } from 'dexie-react-hooks';
import {
  CircleCheck,
  FileDown,
  HandHeart,
  Plus,
  Printer,
  TriangleExclamationPoint,
} from 'lucide-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  type AidLineInput,
  type EmergencyItem,
  type EmergencyService,
  emergencyItem,
  emergencyItems,
  formatRupiah,
  lowStock,
} from '../../../core/casework/emergency.ts';
import { offers } from '../../../core/casework/service-model.ts';
import { formatLocalTime } from '../../../core/time/local-day.ts';
import { getBridge } from '../../bridge/index.ts';
import { t } from '../../i18n/index.ts';
import {
  type FieldErrors,
  giveAid,
  normaliseCount,
  servicesOfVisit,
  stockOnHand,
} from '../../store/emergency.ts';
import type { CaseworkContext } from '../casework-context.ts';
import { ErrorSummary, FieldError, type FieldProblem } from './ErrorSummary.tsx';
import { ReceiptPrintLayer, receiptFileName } from './Receipt.tsx';
import './emergency.css';

interface LineState {
  chosen: boolean;
  quantity: string;
  unitValue: string;
}

const number = new Intl.NumberFormat('id-ID');
const isCash = (item: EmergencyItem) => item.unit === 'rupiah';

function freshLines(): Record<string, LineState> {
  return Object.fromEntries(
    emergencyItems.map((item) => [
      item.id,
      {
        chosen: false,
        quantity: isCash(item) ? '' : '1',
        unitValue: isCash(item) ? '1' : number.format(item.unitValue),
      },
    ]),
  );
}

/** quantity × value of a line as typed, or null while it is not a number yet. */
function lineValue(line: LineState): number | null {
  const quantity = Number(normaliseCount(line.quantity));
  const unitValue = Number(normaliseCount(line.unitValue));
  if (line.quantity.trim() === '' || !Number.isFinite(quantity) || !Number.isFinite(unitValue)) {
    return null;
  }
  return quantity * unitValue;
}

function onHandText(item: EmergencyItem, onHand: number): string {
  return isCash(item)
    ? t('emergency.panel.onHandMoney', { amount: formatRupiah(onHand) })
    : t('emergency.panel.onHand', { count: onHand, unit: item.unit });
}

/** "Paket makanan 2 paket, Uang transportasi Rp50.000". */
function linesSummary(service: EmergencyService): string {
  return service.lines
    .map((line) => {
      const item = emergencyItem(line.itemId);
      if (!item) return line.itemId;
      return isCash(item)
        ? `${item.label} ${formatRupiah(line.quantity)}`
        : `${item.label} ${number.format(line.quantity)} ${item.unit}`;
    })
    .join(', ');
}

type Status = { text: string; failed: boolean } | null;

export function EmergencyPanel({ casework }: { casework: CaseworkContext }) {
  const { store, visit, beneficiary, staff, reference, confirm } = casework;
  const id = useId();
  const bridge = getBridge();
  const levels = useLiveQuery(() => stockOnHand(store), [store]);
  const services = useLiveQuery(() => servicesOfVisit(store, visit.id), [store, visit.id]);
  const [lines, setLines] = useState(freshLines);
  const [recipient, setRecipient] = useState(beneficiary.name);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [given, setGiven] = useState<EmergencyService | null>(null);
  const [printing, setPrinting] = useState<EmergencyService | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const focusFirstError = useRef(false);
  const givenHeading = useRef<HTMLHeadingElement>(null);
  const givenId = given?.id;

  const fieldId = (key: string) => `${id}-${key.replace('.', '-')}`;
  const errorId = (key: string) => `${fieldId(key)}-error`;
  const invalid = (key: string) =>
    errors[key]
      ? { 'aria-invalid': true as const, 'aria-describedby': errorId(key) }
      : { 'aria-invalid': undefined };

  /** The problems in the order of the form, each with the field it is about. */
  const problems: FieldProblem[] = [];
  if (errors.lines) {
    problems.push({ fieldId: fieldId(`${emergencyItems[0]?.id}.chosen`), message: errors.lines });
  }
  for (const item of emergencyItems) {
    for (const field of ['quantity', 'unitValue']) {
      const message = errors[`${item.id}.${field}`];
      if (message) problems.push({ fieldId: fieldId(`${item.id}.${field}`), message });
    }
  }
  for (const key of ['recipientName', 'note']) {
    const message = errors[key];
    if (message) problems.push({ fieldId: fieldId(key), message });
  }

  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    const first = problems[0];
    if (first) document.getElementById(first.fieldId)?.focus();
  });

  // After a success the confirmation (and its print buttons) is where the staff member is.
  useEffect(() => {
    if (givenId) givenHeading.current?.focus();
  }, [givenId]);

  if (!offers(store.config.serviceModel, 'emergency')) {
    return <p className="emergency-not-offered">{t('emergency.panel.notOffered')}</p>;
  }

  const low = levels ? lowStock(levels) : [];
  const lowIds = new Set(low.map((entry) => entry.item.id));
  const total = emergencyItems.reduce((sum, item) => {
    const line = lines[item.id];
    return line?.chosen ? sum + (lineValue(line) ?? 0) : sum;
  }, 0);

  const change = (itemId: string, patch: Partial<LineState>) =>
    setLines((current) => {
      const line = current[itemId];
      return line ? { ...current, [itemId]: { ...line, ...patch } } : current;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const inputs: AidLineInput[] = emergencyItems
      .filter((item) => lines[item.id]?.chosen)
      .map((item) => ({
        itemId: item.id,
        quantity: lines[item.id]?.quantity ?? '',
        unitValue: lines[item.id]?.unitValue ?? '',
      }));
    setBusy(true);
    setStatus(null);
    try {
      const result = await giveAid(store, visit, inputs, recipient, note, staff);
      if (!result.ok) {
        focusFirstError.current = true;
        setErrors(result.errors);
        return;
      }
      setErrors({});
      setGiven(result.service);
      setPrinting(result.service);
      setLines(freshLines());
      setNote('');
      confirm(t('emergency.panel.given', { number: result.service.receiptNumber }));
    } finally {
      setBusy(false);
    }
  };

  const output = async (service: EmergencyService, action: 'print' | 'pdf') => {
    // The receipt must be on the page before the print dialog reads it.
    flushSync(() => setPrinting(service));
    setStatus(null);
    const title = t('emergency.receipt.documentTitle', { number: service.receiptNumber });
    const result =
      action === 'print'
        ? await bridge.reports.print({ orientation: 'portrait', title })
        : await bridge.reports.savePdf({
            orientation: 'portrait',
            fileName: receiptFileName(service),
          });
    if (result.ok) {
      setStatus({
        text:
          action === 'print' || bridge.kind === 'browser'
            ? t('emergency.panel.printed')
            : t('emergency.panel.saved', { path: result.path ?? '' }),
        failed: false,
      });
    } else if (!result.cancelled) {
      setStatus({
        text: t('emergency.panel.printFailed', { message: result.message }),
        failed: true,
      });
    }
  };

  const companion = beneficiary.companion;

  return (
    <section className="emergency-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="emergency-heading">
        <HandHeart aria-hidden="true" size={22} />
        {t('emergency.panel.title')}
      </h2>
      <p className="emergency-intro">{t('emergency.panel.intro')}</p>

      {low.length > 0 && (
        <section className="emergency-low" aria-labelledby={`${id}-low`}>
          <h3 id={`${id}-low`}>
            <TriangleExclamationPoint aria-hidden="true" size={20} />
            {t('emergency.panel.lowStockTitle')}
          </h3>
          <ul>
            {low.map(({ item, onHand }) => (
              <li key={item.id}>
                {t('emergency.panel.lowStockItem', {
                  item: item.label,
                  count: onHand,
                  unit: item.unit,
                  mark: item.lowAt,
                })}
              </li>
            ))}
          </ul>
        </section>
      )}

      {given && (
        <section className="emergency-given" aria-labelledby={`${id}-given`}>
          <h3 id={`${id}-given`} ref={givenHeading} tabIndex={-1}>
            <CircleCheck aria-hidden="true" size={20} />
            {t('emergency.panel.givenTitle')}
          </h3>
          <p>
            {t('emergency.panel.givenSummary', {
              number: given.receiptNumber,
              total: formatRupiah(given.totalValue),
            })}
          </p>
          <div className="emergency-given-actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void output(given, 'print')}
            >
              <Printer aria-hidden="true" size={18} />
              {t('emergency.panel.print')}
            </button>
            <button type="button" className="btn" onClick={() => void output(given, 'pdf')}>
              <FileDown aria-hidden="true" size={18} />
              {t('emergency.panel.savePdf')}
            </button>
            <button type="button" className="btn" onClick={() => setGiven(null)}>
              <Plus aria-hidden="true" size={18} />
              {t('emergency.panel.another')}
            </button>
          </div>
          {bridge.kind === 'browser' && (
            <p className="emergency-hint">{t('emergency.panel.browserPdfHint')}</p>
          )}
        </section>
      )}
      <p className={`emergency-status${status?.failed ? ' is-failed' : ''}`} role="status">
        {status?.text ?? ''}
      </p>

      <form className="emergency-form" noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary
          title={t('emergency.panel.errorTitle', { count: problems.length })}
          problems={problems}
        />
        <fieldset className="emergency-items" aria-describedby={`${id}-items-hint`}>
          <legend>{t('emergency.panel.itemsLegend')}</legend>
          <p id={`${id}-items-hint`} className="emergency-hint">
            {t('emergency.panel.itemsHint')}
          </p>
          <FieldError id={errorId('lines')} message={errors.lines} />
          <div className="emergency-line-head" aria-hidden="true">
            <span>{t('emergency.panel.colItem')}</span>
            <span>{t('emergency.panel.colQuantity')}</span>
            <span>{t('emergency.panel.colUnitValue')}</span>
            <span className="is-number">{t('emergency.panel.colValue')}</span>
            <span>{t('emergency.panel.colStock')}</span>
          </div>
          <ul className="emergency-lines">
            {emergencyItems.map((item) => {
              const line = lines[item.id] as LineState;
              const value = line.chosen ? lineValue(line) : null;
              const onHand = levels?.get(item.id) ?? 0;
              const quantityKey = `${item.id}.quantity`;
              const valueKey = `${item.id}.unitValue`;
              const label = item.label.toLowerCase();
              const isLow = lowIds.has(item.id);
              return (
                <li key={item.id} className={`emergency-line${line.chosen ? ' is-chosen' : ''}`}>
                  <div className="emergency-line-choice">
                    <input
                      id={fieldId(`${item.id}.chosen`)}
                      type="checkbox"
                      checked={line.chosen}
                      aria-describedby={errors.lines ? errorId('lines') : undefined}
                      onChange={(event) => change(item.id, { chosen: event.target.checked })}
                    />
                    <label htmlFor={fieldId(`${item.id}.chosen`)}>{item.label}</label>
                  </div>
                  <div className="emergency-line-input">
                    <label htmlFor={fieldId(quantityKey)} className="visually-hidden">
                      {isCash(item)
                        ? t('emergency.panel.amountOf', { item: label })
                        : t('emergency.panel.quantityOf', { item: label, unit: item.unit })}
                    </label>
                    <span className="emergency-affix" aria-hidden="true">
                      {isCash(item) ? 'Rp' : ''}
                    </span>
                    <input
                      id={fieldId(quantityKey)}
                      inputMode="numeric"
                      autoComplete="off"
                      value={line.quantity}
                      {...invalid(quantityKey)}
                      onChange={(event) =>
                        change(item.id, { quantity: event.target.value, chosen: true })
                      }
                    />
                    <span className="emergency-affix" aria-hidden="true">
                      {isCash(item) ? '' : item.unit}
                    </span>
                  </div>
                  <div className="emergency-line-input">
                    {isCash(item) ? (
                      <span className="emergency-muted emergency-line-none">—</span>
                    ) : (
                      <>
                        <label htmlFor={fieldId(valueKey)} className="visually-hidden">
                          {t('emergency.panel.unitValueOf', { item: label, unit: item.unit })}
                        </label>
                        <span className="emergency-affix" aria-hidden="true">
                          Rp
                        </span>
                        <input
                          id={fieldId(valueKey)}
                          inputMode="numeric"
                          autoComplete="off"
                          value={line.unitValue}
                          {...invalid(valueKey)}
                          onChange={(event) =>
                            change(item.id, { unitValue: event.target.value, chosen: true })
                          }
                        />
                      </>
                    )}
                  </div>
                  <p className="emergency-line-value">
                    {value === null ? '' : formatRupiah(value)}
                  </p>
                  <p className={`emergency-line-stock${isLow ? ' is-low' : ''}`}>
                    {item.stocked ? (
                      <>
                        {isLow && <TriangleExclamationPoint aria-hidden="true" size={16} />}
                        <span>{onHandText(item, onHand)}</span>
                        {isLow && (
                          <span className="emergency-low-tag">
                            {t('emergency.panel.lowStockOnLine')}
                          </span>
                        )}
                      </>
                    ) : (
                      <span className="emergency-muted">{t('emergency.panel.notStocked')}</span>
                    )}
                  </p>
                  {(errors[quantityKey] || errors[valueKey]) && (
                    <div className="emergency-line-errors">
                      <FieldError id={errorId(quantityKey)} message={errors[quantityKey]} />
                      <FieldError id={errorId(valueKey)} message={errors[valueKey]} />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          <p className="emergency-total">
            <span>{t('emergency.panel.total')}</span>{' '}
            <output
              htmlFor={emergencyItems.map((item) => fieldId(`${item.id}.quantity`)).join(' ')}
            >
              {formatRupiah(total)}
            </output>
          </p>
        </fieldset>

        <fieldset className="emergency-recipient">
          <legend>{t('emergency.panel.recipientLegend')}</legend>
          <div className="emergency-field">
            <label htmlFor={fieldId('recipientName')}>{t('emergency.panel.recipient')}</label>
            <input
              id={fieldId('recipientName')}
              autoComplete="off"
              value={recipient}
              aria-describedby={[
                `${id}-recipient-hint`,
                errors.recipientName ? errorId('recipientName') : '',
              ]
                .filter(Boolean)
                .join(' ')}
              aria-invalid={errors.recipientName ? true : undefined}
              onChange={(event) => setRecipient(event.target.value)}
            />
            <p id={`${id}-recipient-hint`} className="emergency-hint">
              {t('emergency.panel.recipientHint')}
            </p>
            <FieldError id={errorId('recipientName')} message={errors.recipientName} />
          </div>
          <div className="emergency-recipient-choices">
            <button type="button" className="btn" onClick={() => setRecipient(beneficiary.name)}>
              {t('emergency.panel.useBeneficiary')}
            </button>
            {companion && (
              <button type="button" className="btn" onClick={() => setRecipient(companion.name)}>
                {t('emergency.panel.useCompanion', { relationship: companion.relationship })}
              </button>
            )}
          </div>
          <div className="emergency-field">
            <label htmlFor={fieldId('note')}>{t('emergency.panel.note')}</label>
            <textarea
              id={fieldId('note')}
              rows={2}
              value={note}
              {...invalid('note')}
              onChange={(event) => setNote(event.target.value)}
            />
            <FieldError id={errorId('note')} message={errors.note} />
          </div>
        </fieldset>

        <div className="emergency-submit">
          <button type="submit" className="btn btn-primary" aria-disabled={busy || undefined}>
            <HandHeart aria-hidden="true" size={20} />
            {busy ? t('emergency.panel.giving') : t('emergency.panel.give')}
          </button>
        </div>
      </form>

      <section className="emergency-history" aria-labelledby={`${id}-history`}>
        <h3 id={`${id}-history`}>{t('emergency.panel.historyTitle')}</h3>
        {services && services.length > 0 ? (
          <table className="emergency-table">
            <caption className="visually-hidden">{t('emergency.panel.historyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('emergency.panel.colNumber')}</th>
                <th scope="col">{t('emergency.panel.colTime')}</th>
                <th scope="col">{t('emergency.panel.colItems')}</th>
                <th scope="col">{t('emergency.panel.colRecipient')}</th>
                <th scope="col" className="is-number">
                  {t('emergency.panel.colTotal')}
                </th>
                <th scope="col">{t('emergency.panel.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {services.map((service) => (
                <tr key={service.id}>
                  <th scope="row">{service.receiptNumber}</th>
                  <td>{formatLocalTime(service.givenAt, store.config.timeZone)}</td>
                  <td>{linesSummary(service)}</td>
                  <td>{service.recipientName}</td>
                  <td className="is-number">{formatRupiah(service.totalValue)}</td>
                  <td>
                    <button
                      type="button"
                      className="btn"
                      aria-label={t('emergency.panel.reprintLabel', {
                        number: service.receiptNumber,
                      })}
                      onClick={() => void output(service, 'print')}
                    >
                      <Printer aria-hidden="true" size={18} />
                      {t('emergency.panel.reprint')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="emergency-muted">{t('emergency.panel.historyEmpty')}</p>
        )}
      </section>

      {printing && (
        <ReceiptPrintLayer
          service={printing}
          beneficiary={beneficiary}
          centre={store.config.balai}
          timeZone={store.config.timeZone}
          staffNip={reference?.staff.find((member) => member.id === printing.givenBy)?.nip}
        />
      )}
    </section>
  );
}
