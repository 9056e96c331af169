// The assessment as a form, section by section, saving itself as a local draft while it is typed
// (use-draft-autosave.ts). "Selesaikan asesmen" checks it: what is missing or wrong is listed in
// an alert at the top and beside each field, focus goes to the first one, and everything typed
// stays. A risk flag answered "Ya" shows the urgent banner at once. Editing a completed
// assessment is the same form, prefilled, and saving it writes the next version.
import { CheckCircle2, Siren, TriangleAlert, Undo2 } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Assessment } from '../../../core/casework/assessment.ts';
import {
  type Answers,
  type AnswerValue,
  type AssessmentTemplate,
  type FieldOption,
  isUrgent,
  type TemplateField,
  templateFields,
  validateAnswers,
} from '../../../core/casework/assessment-template.ts';
import { type CaseworkService, offers } from '../../../core/casework/service-model.ts';
import { t } from '../../i18n/index.ts';
import {
  completeAssessment,
  discardDraft,
  type FieldProblem,
  saveDraft,
} from '../../store/assessments.ts';
import type { CaseworkContext } from '../casework-context.ts';
import { AssessmentField, fieldDomId } from './AssessmentField.tsx';
import { timeOf } from './format.ts';
import { useDraftAutosave } from './use-draft-autosave.ts';

const focusable = 'input:not([disabled]), textarea:not([disabled]), button:not([disabled])';

function focusField(fieldId: string) {
  const element = document.getElementById(fieldDomId(fieldId));
  if (!element) return;
  const target = element.matches(focusable)
    ? element
    : (element.querySelector<HTMLElement>('input:checked') ??
      element.querySelector<HTMLElement>(focusable));
  (target ?? element).focus();
  (target ?? element).scrollIntoView({ block: 'center' });
}

/** Long answers and long lists of options take the whole width; short ones share a row. */
function wide(field: TemplateField): boolean {
  if (field.kind === 'longText' || field.kind === 'multi') return true;
  return field.kind === 'choice' && field.options.length > 3;
}

export interface FormProps {
  casework: CaseworkContext;
  template: AssessmentTemplate;
  initial: Answers;
  /** The completed version being edited; undefined for a first assessment. */
  editing: Assessment | undefined;
  /** When the restored draft was saved; undefined for a fresh form. */
  restoredAt: number | undefined;
  onCompleted: (assessment: Assessment) => void;
  /** Leave an edit without saving it (the draft is discarded). */
  onCancelEdit: () => void;
}

export function AssessmentForm({
  casework,
  template,
  initial,
  editing,
  restoredAt,
  onCompleted,
  onCancelEdit,
}: FormProps) {
  const { store, visit, staff } = casework;
  const timeZone = store.config.timeZone;
  const [answers, setAnswers] = useState<Answers>(initial);
  const answersRef = useRef<Answers>(initial);
  const [errors, setErrors] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ field: string | undefined } | null>(null);
  const [askCancel, setAskCancel] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const offered = useMemo(
    () => (service: CaseworkService) => offers(store.config.serviceModel, service),
    [store.config.serviceModel],
  );
  const visibleOptions = (options: FieldOption[]) =>
    options.filter((o) => o.needs === undefined || offered(o.needs));

  const autosave = useDraftAutosave(
    async () =>
      (await saveDraft(store, visit.id, answersRef.current, { editingId: editing?.id, template }))
        .savedAt,
    { savedAt: restoredAt },
  );

  // After a refused completion: focus the first field to fix (or the summary when no field is named).
  useEffect(() => {
    if (!focusRequest) return;
    if (focusRequest.field) focusField(focusRequest.field);
    else summaryRef.current?.focus();
  }, [focusRequest]);

  function setAnswer(fieldId: string, value: AnswerValue) {
    const next = { ...answersRef.current, [fieldId]: value };
    answersRef.current = next;
    setAnswers(next);
    autosave.changed();
    if (errors.some((e) => e.field === fieldId)) {
      const message = validateAnswers(template, next, offered)[fieldId];
      setErrors((current) =>
        message === undefined
          ? current.filter((e) => e.field !== fieldId)
          : current.map((e) => (e.field === fieldId ? { field: fieldId, message } : e)),
      );
    }
  }

  async function complete() {
    if (busy) return;
    setBusy(true);
    try {
      await autosave.flush();
      const result = await completeAssessment(store, visit, answersRef.current, staff, {
        offered,
        editingId: editing?.id,
      });
      if (result.ok) {
        autosave.cancel();
        // A save already under way when completion began must not bring the draft back.
        await discardDraft(store, visit.id);
        onCompleted(result.assessment);
        return;
      }
      if (result.kind === 'invalid') {
        setErrors(result.errors);
        setFailure(null);
        setFocusRequest({ field: result.errors[0]?.field });
      } else {
        setErrors([]);
        setFailure(result.message);
        setFocusRequest({ field: undefined });
      }
    } catch (error) {
      setErrors([]);
      setFailure(error instanceof Error ? error.message : String(error));
      setFocusRequest({ field: undefined });
    } finally {
      setBusy(false);
    }
  }

  async function cancelEdit() {
    autosave.cancel();
    await discardDraft(store, visit.id);
    onCancelEdit();
  }

  const errorOf = (fieldId: string) => errors.find((e) => e.field === fieldId)?.message;
  const urgentFlags = templateFields(template)
    .filter((f) => f.kind === 'yesNo' && f.riskFlag && answers[f.id] === true)
    .map((f) => f.label.toLocaleLowerCase('id-ID'));
  const actionLabel = editing ? t('assessment.saveEdit') : t('assessment.complete');
  const status = autosave.status;

  return (
    <form
      className="asm-form"
      noValidate
      aria-labelledby="asesmen-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void complete();
      }}
      onBlur={() => void autosave.flush()}
    >
      {isUrgent(template, answers) ? (
        <div className="asm-urgent" role="alert">
          <Siren aria-hidden="true" size={24} />
          <p>
            <strong className="asm-urgent-label">{t('assessment.urgent.label')}</strong>{' '}
            {t('assessment.urgent.banner', { flags: urgentFlags.join(', ') })}
          </p>
        </div>
      ) : null}

      <p className="asm-intro">
        {editing
          ? t('assessment.editingIntro', { version: editing.version })
          : t('assessment.intro')}
      </p>

      {errors.length > 0 || failure ? (
        <div className="asm-summary" role="alert" ref={summaryRef} tabIndex={-1}>
          <h3>
            <TriangleAlert aria-hidden="true" size={22} />
            {failure
              ? t('assessment.summary.failed')
              : t('assessment.summary.heading', { count: errors.length })}
          </h3>
          {failure ? <p>{failure}</p> : null}
          {errors.length > 0 ? (
            <>
              <p>{t('assessment.summary.intro', { action: actionLabel })}</p>
              <ul>
                {errors.map((error) => (
                  <li key={error.field}>
                    <a
                      href={`#${fieldDomId(error.field)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        focusField(error.field);
                      }}
                    >
                      {error.message}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}

      {template.sections.map((section, index) => (
        <fieldset key={section.id} className="asm-section">
          <legend className="asm-section-title">
            <span className="asm-section-number" aria-hidden="true">
              {index + 1}
            </span>
            {section.title}
          </legend>
          <div className="asm-section-fields">
            {section.fields.map((field) => (
              <div key={field.id} className={wide(field) ? 'asm-cell-wide' : 'asm-cell'}>
                <AssessmentField
                  field={field}
                  value={answers[field.id]}
                  error={errorOf(field.id)}
                  visibleOptions={visibleOptions}
                  onChange={(value) => setAnswer(field.id, value)}
                />
              </div>
            ))}
          </div>
        </fieldset>
      ))}

      <div className="asm-actions">
        <p className="asm-draft-status" role="status">
          {status.kind === 'saved'
            ? t('assessment.draft.saved', { time: timeOf(status.at, timeZone) })
            : status.kind === 'saving'
              ? t('assessment.draft.saving')
              : status.kind === 'failed'
                ? t('assessment.draft.failed')
                : ''}
        </p>
        {editing ? (
          askCancel ? (
            <div className="asm-cancel-ask">
              <p id="asesmen-cancel-question">
                {t('assessment.cancelEditQuestion', { version: editing.version })}
              </p>
              <button
                type="button"
                className="btn"
                aria-describedby="asesmen-cancel-question"
                onClick={() => void cancelEdit()}
              >
                {t('assessment.cancelEditYes')}
              </button>
              <button type="button" className="btn" onClick={() => setAskCancel(false)}>
                {t('assessment.cancelEditNo')}
              </button>
            </div>
          ) : (
            <button type="button" className="btn" onClick={() => setAskCancel(true)}>
              <Undo2 aria-hidden="true" size={20} />
              {t('assessment.cancelEdit')}
            </button>
          )
        ) : null}
        <button type="submit" className="btn btn-primary" aria-disabled={busy || undefined}>
          <CheckCircle2 aria-hidden="true" size={20} />
          {busy ? t('assessment.completing') : actionLabel}
        </button>
      </div>
    </form>
  );
}
