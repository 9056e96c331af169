// The period picker's decision: which days a supervisor's choice means ("today", one day, a range,
// this month), or, for a choice that cannot be a report, the Indonesian reason to show beside the
// field. What was typed stays in the form either way; only a valid choice replaces the report.
import { dayLabel, dayPeriod, daysOf, monthPeriod } from '../../core/reports/period.ts';
import type { ReportPeriod } from '../../core/reports/types.ts';
import { t } from '../i18n/index.ts';

export type PeriodKind = 'today' | 'day' | 'range' | 'month';

export interface PeriodDraft {
  kind: PeriodKind;
  /** "YYYY-MM-DD" as a date input gives it; '' when empty. */
  day: string;
  from: string;
  to: string;
}

/** Which field a problem belongs to, so the message sits beside it. */
export type PeriodField = 'day' | 'from' | 'to';

export type PeriodChoice =
  | { ok: true; period: ReportPeriod }
  | { ok: false; field: PeriodField; message: string };

/** A year and a day: a leap year's report still fits. */
export const MAX_PERIOD_DAYS = 366;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(value: string): boolean {
  const match = dayPattern.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

function checkDay(value: string, field: PeriodField, today: string): PeriodChoice | null {
  if (value.trim() === '')
    return { ok: false, field, message: t('reports.period.problem.missing') };
  if (!isRealDay(value)) {
    return { ok: false, field, message: t('reports.period.problem.invalid', { value }) };
  }
  if (value > today) {
    return {
      ok: false,
      field,
      message: t('reports.period.problem.future', {
        day: dayLabel(value),
        today: dayLabel(today),
      }),
    };
  }
  return null;
}

/** The period a draft stands for, given the centre's day today. */
export function choosePeriod(draft: PeriodDraft, today: string): PeriodChoice {
  switch (draft.kind) {
    case 'today':
      return { ok: true, period: dayPeriod(today) };
    case 'month':
      // This month so far: a report of days still to come would only show zeros.
      return { ok: true, period: { from: monthPeriod(today).from, to: today } };
    case 'day':
      return checkDay(draft.day, 'day', today) ?? { ok: true, period: dayPeriod(draft.day) };
    case 'range': {
      const problem = checkDay(draft.from, 'from', today) ?? checkDay(draft.to, 'to', today);
      if (problem) return problem;
      if (draft.to < draft.from) {
        return {
          ok: false,
          field: 'to',
          message: t('reports.period.problem.reversed', {
            from: dayLabel(draft.from),
            to: dayLabel(draft.to),
          }),
        };
      }
      const period = { from: draft.from, to: draft.to };
      const days = daysOf(period).length;
      if (days > MAX_PERIOD_DAYS) {
        return { ok: false, field: 'to', message: t('reports.period.problem.tooLong', { days }) };
      }
      return { ok: true, period };
    }
  }
}
