// The referral tab of a visit: refer the person to a partner institution (chosen from the centre's
// partner directory, grouped by kind), print the A4 letter, and record what the partner did with
// it, status by status. The form is kept as a local draft while it is typed, so a refusal, a
// reload or an idle lock loses nothing; the summary starts from the visit's assessment.
import { useLiveQuery } from 'dexie-react-hooks';
import { FileDown, Printer, Send, X } from 'lucide-react';
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { latestVersions } from '../../../core/casework/assessment.ts';
import type { Referral, ReferralInput } from '../../../core/casework/referral.ts';
import { type Partner, partnerKinds } from '../../../core/centre/reference.ts';
import { addDays } from '../../../core/reports/period.ts';
import { getBridge } from '../../bridge/index.ts';
import { t } from '../../i18n/index.ts';
import { createReferral, type ReferralErrors, referralsOfVisit } from '../../store/referrals.ts';
import type { Store } from '../../store/store.ts';
import type { CaseworkContext } from '../casework-context.ts';
import { ReferralItem } from './ReferralItem.tsx';
import { ReferralLetter } from './ReferralLetter.tsx';
import './referral.css';

const fieldOrder = ['partnerId', 'reason', 'summary', 'followUpBy'] as const;
type Field = (typeof fieldOrder)[number];

const draftKey = (visitId: string) => `referral:${visitId}`;

/** The "problem" answer of the visit's current assessment, if it has one. */
async function assessedProblem(store: Store, visitId: string): Promise<string> {
  const rows = (await store.db.assessments.where('visitId').equals(visitId).toArray()).filter(
    (a) => a.deleted !== 1,
  );
  const current = latestVersions(rows).sort((a, b) => b.completedAt - a.completedAt)[0];
  const problem = current?.answers.problem;
  return typeof problem === 'string' ? problem.trim() : '';
}

function isDraft(value: unknown): value is ReferralInput {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return fieldOrder.every((field) => typeof v[field] === 'string');
}

/** Partners matching the filter, grouped by kind in the directory's order of kinds. */
function groupPartners(partners: readonly Partner[], query: string, keepId: string) {
  const needle = query.trim().toLocaleLowerCase('id');
  const shown = partners.filter(
    (p) =>
      p.id === keepId ||
      needle === '' ||
      p.name.toLocaleLowerCase('id').includes(needle) ||
      (p.address ?? '').toLocaleLowerCase('id').includes(needle),
  );
  const groups = partnerKinds
    .map((kind) => ({
      kind,
      partners: shown
        .filter((p) => p.kind === kind)
        .sort((a, b) => a.name.localeCompare(b.name, 'id')),
    }))
    .filter((g) => g.partners.length > 0);
  return { groups, count: shown.length };
}

export function ReferralPanel({ casework }: { casework: CaseworkContext }) {
  const { store, visit, beneficiary, staff, reference, today, confirm } = casework;
  const id = useId();
  const bridge = getBridge();
  const partners = reference?.partners ?? [];
  const referrals = useLiveQuery(() => referralsOfVisit(store, visit.id), [store, visit.id]);

  const blank = (): ReferralInput => ({
    partnerId: '',
    reason: '',
    summary: '',
    followUpBy: addDays(today, 14),
  });
  const [form, setForm] = useState<ReferralInput>(blank);
  const [ready, setReady] = useState(false);
  const [prefilled, setPrefilled] = useState(false);
  const [query, setQuery] = useState('');
  const [errors, setErrors] = useState<ReferralErrors>({});
  const [busy, setBusy] = useState(false);
  // The referral just saved, and the one whose letter is in the page for printing (kept as rows:
  // the live list may not have caught up with a save yet).
  const [justSaved, setJustSaved] = useState<Referral | null>(null);
  const [letterOf, setLetterOf] = useState<Referral | null>(null);
  const [printStatus, setPrintStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const savedHeading = useRef<HTMLHeadingElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const refs = {
    partnerId: useRef<HTMLSelectElement>(null),
    reason: useRef<HTMLTextAreaElement>(null),
    summary: useRef<HTMLTextAreaElement>(null),
    followUpBy: useRef<HTMLInputElement>(null),
  };

  // The draft of this visit's form, or a fresh form whose summary comes from the assessment.
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded once per visit
  useEffect(() => {
    let cancelled = false;
    setReady(false);
    void (async () => {
      const draft = await store.db.drafts.get(draftKey(visit.id));
      if (cancelled) return;
      if (draft && isDraft(draft.data)) {
        setForm(draft.data);
        setPrefilled(false);
      } else {
        const problem = await assessedProblem(store, visit.id);
        if (cancelled) return;
        setForm({ ...blank(), summary: problem });
        setPrefilled(problem !== '');
      }
      setReady(true);
    })();
    return () => {
      cancelled = true;
    };
  }, [store, visit.id]);

  const change = (field: Field, value: string) => {
    const next = { ...form, [field]: value };
    setForm(next);
    if (field === 'summary') setPrefilled(false);
    if (errors[field]) setErrors({ ...errors, [field]: undefined });
    void store.db.drafts.put({ key: draftKey(visit.id), data: next, savedAt: store.now() });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const result = await createReferral(store, visit, form, staff, reference);
      if (!result.ok) {
        setErrors(result.errors);
        const first = fieldOrder.find((field) => result.errors[field]);
        if (first) refs[first].current?.focus();
        return;
      }
      await store.db.drafts.delete(draftKey(visit.id));
      const problem = await assessedProblem(store, visit.id);
      setErrors({});
      setForm({ ...blank(), summary: problem });
      setPrefilled(problem !== '');
      setQuery('');
      flushSync(() => {
        setJustSaved(result.referral);
        setLetterOf(result.referral);
      });
      savedHeading.current?.focus();
      setPrintStatus(null);
      confirm(
        t('referral.panel.saved', {
          partner: result.referral.partnerName,
          number: result.referral.letterNumber,
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  const output = async (referral: Referral, action: 'print' | 'pdf') => {
    // The letter must be in the page before the print is asked for.
    flushSync(() => setLetterOf(referral));
    setPrintStatus(null);
    const title = t('referral.letter.title', { number: referral.letterNumber });
    const fileName = t('referral.letter.fileName', {
      number: referral.letterNumber.replaceAll('/', '-'),
    });
    const result =
      action === 'print'
        ? await bridge.reports.print({ orientation: 'portrait', title })
        : await bridge.reports.savePdf({ orientation: 'portrait', fileName });
    if (result.ok) {
      setPrintStatus({
        text:
          action === 'print'
            ? t('referral.panel.printed')
            : t('referral.panel.pdfSaved', { path: result.path ?? fileName }),
        failed: false,
      });
    } else if (!result.cancelled) {
      setPrintStatus({
        text: t('referral.panel.printFailed', { message: result.message }),
        failed: true,
      });
    }
  };

  const { groups, count } = useMemo(
    () => groupPartners(partners, query, form.partnerId),
    [partners, query, form.partnerId],
  );
  const chosen = partners.find((p) => p.id === form.partnerId);
  const saved = justSaved;
  const letter = letterOf
    ? (referrals?.find((r) => r.id === letterOf.id) ?? letterOf)
    : referrals?.at(-1);
  const problems = fieldOrder.filter((field) => errors[field]);
  const fieldId = (field: Field) => `${id}-${field}`;
  const describe = (field: Field, hint: boolean) => {
    const ids = [
      hint ? `${fieldId(field)}-hint` : '',
      errors[field] ? `${fieldId(field)}-error` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return {
      'aria-describedby': ids || undefined,
      'aria-invalid': errors[field] ? true : undefined,
    } as const;
  };
  const fieldError = (field: Field) =>
    errors[field] ? (
      <p id={`${fieldId(field)}-error`} className="referral-field-error">
        {errors[field]}
      </p>
    ) : null;
  const fieldLabels: Record<Field, string> = {
    partnerId: t('referral.panel.partner'),
    reason: t('referral.panel.reason'),
    summary: t('referral.panel.summary'),
    followUpBy: t('referral.panel.followUpBy'),
  };

  return (
    <section className="referral-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="referral-title">
        {t('referral.panel.title')}
      </h2>
      <p className="referral-intro">{t('referral.panel.intro')}</p>

      {saved && (
        <section className="referral-saved" aria-labelledby={`${id}-saved`}>
          <h3 id={`${id}-saved`} ref={savedHeading} tabIndex={-1}>
            {t('referral.panel.savedTitle')}
          </h3>
          <p>
            {t('referral.panel.savedSummary', {
              number: saved.letterNumber,
              partner: saved.partnerName,
            })}
          </p>
          <div className="referral-saved-actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void output(saved, 'print')}
            >
              <Printer aria-hidden="true" size={20} />
              {t('referral.panel.print')}
            </button>
            <button type="button" className="btn" onClick={() => void output(saved, 'pdf')}>
              <FileDown aria-hidden="true" size={20} />
              {t('referral.panel.savePdf')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => {
                setJustSaved(null);
                listHeading.current?.focus();
              }}
            >
              <X aria-hidden="true" size={20} />
              {t('referral.panel.closeSaved')}
            </button>
          </div>
          {bridge.kind === 'browser' && (
            <p className="referral-hint">{t('referral.panel.browserPdfHint')}</p>
          )}
        </section>
      )}
      <p
        className={`referral-print-status${printStatus?.failed ? ' is-failed' : ''}`}
        role="status"
      >
        {printStatus?.text ?? ''}
      </p>

      {partners.length === 0 && (
        <div className="referral-notice" role="note" aria-labelledby={`${id}-none`}>
          <h3 id={`${id}-none`}>{t('referral.panel.noPartnersTitle')}</h3>
          <p>{t('referral.panel.noPartners')}</p>
        </div>
      )}

      <section className="referral-list" aria-labelledby={`${id}-list`}>
        <h3 id={`${id}-list`} ref={listHeading} tabIndex={-1}>
          {t('referral.list.title')}
        </h3>
        {referrals && referrals.length === 0 && (
          <p className="referral-empty">{t('referral.list.empty')}</p>
        )}
        {referrals && referrals.length > 0 && (
          <ol className="referral-items">
            {[...referrals].reverse().map((r) => (
              <ReferralItem
                key={r.id}
                referral={r}
                casework={casework}
                onPrint={() => void output(r, 'print')}
              />
            ))}
          </ol>
        )}
      </section>

      {partners.length > 0 && (
        <form
          className="referral-form"
          onSubmit={submit}
          noValidate
          aria-labelledby={`${id}-form`}
          aria-busy={!ready || undefined}
        >
          <h3 id={`${id}-form`}>{t('referral.panel.formTitle')}</h3>
          <div role="alert" className="referral-alert-region">
            {problems.length > 0 && (
              <div className="referral-error-summary">
                <p>{t('referral.panel.errorTitle', { count: problems.length })}</p>
                <ul>
                  {problems.map((field) => (
                    <li key={field}>
                      <a
                        href={`#${fieldId(field)}`}
                        onClick={(event) => {
                          event.preventDefault();
                          refs[field].current?.focus();
                        }}
                      >
                        {fieldLabels[field]}: {errors[field]}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>

          <div className={`referral-field referral-partner${errors.partnerId ? ' has-error' : ''}`}>
            <label htmlFor={fieldId('partnerId')}>{fieldLabels.partnerId}</label>
            <p id={`${fieldId('partnerId')}-hint`} className="referral-hint">
              {t('referral.panel.partnerHint')}
            </p>
            {fieldError('partnerId')}
            <div className="referral-filter">
              <label htmlFor={`${id}-filter`}>{t('referral.panel.partnerFilter')}</label>
              <input
                id={`${id}-filter`}
                type="search"
                value={query}
                autoComplete="off"
                spellCheck={false}
                aria-controls={fieldId('partnerId')}
                onChange={(event) => setQuery(event.target.value)}
              />
              <p className="referral-filter-count" aria-live="polite">
                {count === 0
                  ? t('referral.panel.partnerNone', { query: query.trim() })
                  : t('referral.panel.partnerCount', { count })}
              </p>
            </div>
            <select
              ref={refs.partnerId}
              id={fieldId('partnerId')}
              size={Math.min(10, Math.max(4, count + groups.length + 1))}
              value={form.partnerId}
              onChange={(event) => change('partnerId', event.target.value)}
              {...describe('partnerId', true)}
            >
              {/* Without a blank option a focused list box would look (and read) as if its
                  first partner were chosen. */}
              <option value="">{t('referral.panel.partnerNoChoice')}</option>
              {groups.map((group) => (
                <optgroup key={group.kind} label={t(`referral.kinds.${group.kind}`)}>
                  {group.partners.map((p) => (
                    <option
                      key={p.id}
                      value={p.id}
                      title={p.address ? `${p.name} — ${p.address}` : p.name}
                    >
                      {p.address ? `${p.name} — ${p.address}` : p.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            {chosen && (
              <p className="referral-chosen">
                {t('referral.panel.partnerChosen', { name: chosen.name })}
              </p>
            )}
          </div>

          <div className={`referral-field${errors.reason ? ' has-error' : ''}`}>
            <label htmlFor={fieldId('reason')}>{fieldLabels.reason}</label>
            <p id={`${fieldId('reason')}-hint`} className="referral-hint">
              {t('referral.panel.reasonHint')}
            </p>
            {fieldError('reason')}
            <textarea
              ref={refs.reason}
              id={fieldId('reason')}
              rows={2}
              maxLength={1200}
              value={form.reason}
              onChange={(event) => change('reason', event.target.value)}
              {...describe('reason', true)}
            />
          </div>

          <div className={`referral-field${errors.summary ? ' has-error' : ''}`}>
            <label htmlFor={fieldId('summary')}>{fieldLabels.summary}</label>
            <p id={`${fieldId('summary')}-hint`} className="referral-hint">
              {prefilled ? t('referral.panel.summaryPrefilled') : t('referral.panel.summaryHint')}
            </p>
            {fieldError('summary')}
            <textarea
              ref={refs.summary}
              id={fieldId('summary')}
              rows={4}
              maxLength={4200}
              value={form.summary}
              onChange={(event) => change('summary', event.target.value)}
              {...describe('summary', true)}
            />
          </div>

          <div className={`referral-field referral-date${errors.followUpBy ? ' has-error' : ''}`}>
            <label htmlFor={fieldId('followUpBy')}>{fieldLabels.followUpBy}</label>
            <p id={`${fieldId('followUpBy')}-hint`} className="referral-hint">
              {t('referral.panel.followUpHint')}
            </p>
            {fieldError('followUpBy')}
            <input
              ref={refs.followUpBy}
              id={fieldId('followUpBy')}
              type="date"
              min={today}
              value={form.followUpBy}
              onChange={(event) => change('followUpBy', event.target.value)}
              {...describe('followUpBy', true)}
            />
          </div>

          <div className="referral-form-actions">
            <button type="submit" className="btn btn-primary" disabled={busy || !ready}>
              <Send aria-hidden="true" size={20} />
              {busy ? t('referral.panel.submitting') : t('referral.panel.submit')}
            </button>
          </div>
        </form>
      )}

      {letter && (
        <ReferralLetter
          referral={letter}
          beneficiary={beneficiary}
          config={store.config}
          reference={reference}
        />
      )}
    </section>
  );
}
