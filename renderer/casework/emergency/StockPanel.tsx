// The emergency stock on the casework home (which gives it its heading): what is on the shelf per item (with unit and low
// mark; an item at or under its mark says "Menipis" or "Habis" in words and with an icon, not by
// colour alone), and the two ways it changes outside help given: "Terima stok" (a delivery, a
// donation) and "Koreksi stok" (a stock-take: the counted quantity, and why it differs).
import { useLiveQuery } from 'dexie-react-hooks';
import { CircleCheck, ClipboardPen, PackagePlus, TriangleExclamationPoint } from 'lucide-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type EmergencyItem, emergencyItems, lowStock } from '../../../core/casework/emergency.ts';
import { t } from '../../i18n/index.ts';
import {
  adjustStock,
  type FieldErrors,
  receiveStock,
  type StockResult,
  stockOnHand,
} from '../../store/emergency.ts';
import type { CaseworkStaff, Store } from '../../store/store.ts';
import { ErrorSummary, FieldError, type FieldProblem } from './ErrorSummary.tsx';
import './emergency.css';

const stockedItems = emergencyItems.filter((item) => item.stocked);
const number = new Intl.NumberFormat('id-ID');

type Level = 'ok' | 'low' | 'empty';

function levelOf(item: EmergencyItem, onHand: number): Level {
  if (onHand <= 0) return 'empty';
  return onHand <= item.lowAt ? 'low' : 'ok';
}

const levelText: Record<Level, 'statusOk' | 'statusLow' | 'statusEmpty'> = {
  ok: 'statusOk',
  low: 'statusLow',
  empty: 'statusEmpty',
};

export function StockPanel({ store, staff }: { store: Store; staff: CaseworkStaff }) {
  const levels = useLiveQuery(() => stockOnHand(store), [store]);
  const low = levels ? lowStock(levels) : [];
  // The casework home gives the heading ("Stok layanan darurat") around this panel.
  return (
    <div className="emergency-stock">
      {low.length > 0 && (
        <p className="emergency-low emergency-low-line">
          <TriangleExclamationPoint aria-hidden="true" size={20} />
          {t('emergency.stock.lowSummary', { count: low.length })}
        </p>
      )}
      <table className="emergency-table emergency-stock-table">
        <caption className="visually-hidden">{t('emergency.stock.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('emergency.stock.colItem')}</th>
            <th scope="col" className="is-number">
              {t('emergency.stock.colOnHand')}
            </th>
            <th scope="col">{t('emergency.stock.colUnit')}</th>
            <th scope="col" className="is-number">
              {t('emergency.stock.colMark')}
            </th>
            <th scope="col">{t('emergency.stock.colStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {stockedItems.map((item) => {
            const onHand = levels?.get(item.id) ?? 0;
            const level = levelOf(item, onHand);
            return (
              <tr key={item.id} className={`is-${level}`}>
                <th scope="row">{item.label}</th>
                <td className="is-number">{number.format(onHand)}</td>
                <td>{item.unit}</td>
                <td className="is-number">{number.format(item.lowAt)}</td>
                <td>
                  <span className={`emergency-level is-${level}`}>
                    {level === 'ok' ? (
                      <CircleCheck aria-hidden="true" size={16} />
                    ) : (
                      <TriangleExclamationPoint aria-hidden="true" size={16} />
                    )}
                    {t(`emergency.stock.${levelText[level]}`)}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="emergency-stock-forms">
        <StockForm kind="receive" store={store} staff={staff} levels={levels} />
        <StockForm kind="adjust" store={store} staff={staff} levels={levels} />
      </div>
    </div>
  );
}

function StockForm({
  kind,
  store,
  staff,
  levels,
}: {
  kind: 'receive' | 'adjust';
  store: Store;
  staff: CaseworkStaff;
  levels: Map<string, number> | undefined;
}) {
  const id = useId();
  const [itemId, setItemId] = useState(stockedItems[0]?.id ?? '');
  const [quantity, setQuantity] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const focusFirstError = useRef(false);
  const item = stockedItems.find((i) => i.id === itemId);
  const onHand = levels?.get(itemId) ?? 0;
  const quantityKey = kind === 'receive' ? 'quantity' : 'counted';

  const fieldId = (key: string) => `${id}-${key}`;
  const errorId = (key: string) => `${id}-${key}-error`;
  const problems: FieldProblem[] = ['itemId', quantityKey, 'note']
    .filter((key) => errors[key])
    .map((key) => ({ fieldId: fieldId(key), message: errors[key] ?? '' }));

  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    const first = problems[0];
    if (first) document.getElementById(first.fieldId)?.focus();
  });

  const describedBy = (key: string, hint?: string) =>
    [hint ?? '', errors[key] ? errorId(key) : ''].filter(Boolean).join(' ') || undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setDone('');
    try {
      const result: StockResult =
        kind === 'receive'
          ? await receiveStock(store, itemId, quantity, note, staff)
          : await adjustStock(store, itemId, quantity, note, staff);
      if (!result.ok) {
        focusFirstError.current = true;
        setErrors(result.errors);
        return;
      }
      setErrors({});
      setQuantity('');
      setNote('');
      const after = (await stockOnHand(store)).get(itemId) ?? 0;
      const { change } = result.movement;
      setDone(
        kind === 'receive'
          ? t('emergency.stock.received', {
              item: item?.label ?? itemId,
              count: change,
              unit: item?.unit ?? '',
              onHand: after,
            })
          : t('emergency.stock.adjusted', {
              item: item?.label ?? itemId,
              change: `${change > 0 ? '+' : '−'}${number.format(Math.abs(change))}`,
              unit: item?.unit ?? '',
              onHand: after,
            }),
      );
    } finally {
      setBusy(false);
    }
  };

  const Icon = kind === 'receive' ? PackagePlus : ClipboardPen;
  const title =
    kind === 'receive' ? t('emergency.stock.receiveTitle') : t('emergency.stock.adjustTitle');
  return (
    <form
      className="emergency-stock-form"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={`${id}-title`}>
        <Icon aria-hidden="true" size={20} />
        {title}
      </h3>
      <p id={`${id}-hint`} className="emergency-hint">
        {kind === 'receive' ? t('emergency.stock.receiveHint') : t('emergency.stock.adjustHint')}
      </p>
      <ErrorSummary
        title={t('emergency.stock.errorTitle', { count: problems.length })}
        problems={problems}
      />
      <div className="emergency-field">
        <label htmlFor={fieldId('itemId')}>{t('emergency.stock.item')}</label>
        <select
          id={fieldId('itemId')}
          value={itemId}
          aria-invalid={errors.itemId ? true : undefined}
          aria-describedby={describedBy('itemId', `${id}-level`)}
          onChange={(event) => setItemId(event.target.value)}
        >
          {stockedItems.map((i) => (
            <option key={i.id} value={i.id}>
              {i.label}
            </option>
          ))}
        </select>
        <p id={`${id}-level`} className="emergency-hint">
          {t('emergency.stock.currentLevel', { count: onHand, unit: item?.unit ?? '' })}
        </p>
        <FieldError id={errorId('itemId')} message={errors.itemId} />
      </div>
      <div className="emergency-field">
        <label htmlFor={fieldId(quantityKey)}>
          {kind === 'receive' ? t('emergency.stock.receiveQuantity') : t('emergency.stock.counted')}{' '}
          ({item?.unit ?? ''})
        </label>
        <input
          id={fieldId(quantityKey)}
          inputMode="numeric"
          autoComplete="off"
          value={quantity}
          aria-invalid={errors[quantityKey] ? true : undefined}
          aria-describedby={describedBy(quantityKey, kind === 'adjust' ? `${id}-hint` : undefined)}
          onChange={(event) => setQuantity(event.target.value)}
        />
        <FieldError id={errorId(quantityKey)} message={errors[quantityKey]} />
      </div>
      <div className="emergency-field">
        <label htmlFor={fieldId('note')}>
          {kind === 'receive' ? t('emergency.stock.receiveNote') : t('emergency.stock.adjustNote')}
        </label>
        <input
          id={fieldId('note')}
          autoComplete="off"
          value={note}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={describedBy('note')}
          onChange={(event) => setNote(event.target.value)}
        />
        <FieldError id={errorId('note')} message={errors.note} />
      </div>
      <button type="submit" className="btn btn-primary" aria-disabled={busy || undefined}>
        <Icon aria-hidden="true" size={18} />
        {kind === 'receive' ? t('emergency.stock.receive') : t('emergency.stock.adjust')}
      </button>
      <p role="status" className="emergency-status">
        {done}
      </p>
    </form>
  );
}
