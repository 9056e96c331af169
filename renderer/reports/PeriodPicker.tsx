// The period picker: today, one day, a date range, or this month. Dates are chosen with the
// browser's date fields; a choice that cannot be a report (a range ending before it starts, a day
// still to come, more than a year) is answered beside the field in Indonesian and the report
// shown so far stays as it is. The chosen period is written out in Indonesian above the report.
import { type FormEvent, useId, useState } from 'react';
import type { ReportPeriod } from '../../core/reports/types.ts';
import { t } from '../i18n/index.ts';
import {
  choosePeriod,
  type PeriodChoice,
  type PeriodDraft,
  type PeriodKind,
} from './period-choice.ts';

const kinds: PeriodKind[] = ['today', 'day', 'range', 'month'];

export function PeriodPicker({
  today,
  onChoose,
}: {
  today: string;
  onChoose: (period: ReportPeriod) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<PeriodDraft>({
    kind: 'today',
    day: today,
    from: '',
    to: today,
  });
  const [problem, setProblem] = useState<Extract<PeriodChoice, { ok: false }> | null>(null);

  const submit = (next: PeriodDraft) => {
    const choice = choosePeriod(next, today);
    if (!choice.ok) {
      setProblem(choice);
      document.getElementById(`${id}-${choice.field}`)?.focus();
      return;
    }
    setProblem(null);
    onChoose(choice.period);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(draft);
  };

  const field = (name: 'day' | 'from' | 'to', label: string) => {
    const invalid = problem?.field === name;
    return (
      <label className="period-field">
        <span>{label}</span>
        <input
          id={`${id}-${name}`}
          type="date"
          value={draft[name]}
          max={today}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-problem` : undefined}
          onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
        />
      </label>
    );
  };

  return (
    <form className="period-picker" onSubmit={onSubmit} noValidate>
      <fieldset className="period-kinds">
        <legend>{t('reports.period.legend')}</legend>
        {kinds.map((kind) => (
          <label key={kind} className="period-kind">
            <input
              type="radio"
              name={`${id}-kind`}
              value={kind}
              checked={draft.kind === kind}
              onChange={() => {
                const next = { ...draft, kind };
                setDraft(next);
                setProblem(null);
                // Today and this month need no dates: show them at once.
                if (kind === 'today' || kind === 'month') submit(next);
              }}
            />
            {t(`reports.period.${kind}`)}
          </label>
        ))}
      </fieldset>
      {draft.kind === 'day' && field('day', t('reports.period.date'))}
      {draft.kind === 'range' && (
        <>
          {field('from', t('reports.period.from'))}
          {field('to', t('reports.period.to'))}
        </>
      )}
      {(draft.kind === 'day' || draft.kind === 'range') && (
        <button type="submit" className="btn btn-primary">
          {t('reports.period.show')}
        </button>
      )}
      {problem && (
        <p id={`${id}-problem`} className="period-problem" role="alert">
          {problem.message}
        </p>
      )}
    </form>
  );
}
