// A completed assessment, read-only: who completed it and when, every answer by section, "Ubah"
// to edit it (a new version), and its history — each version with who, when and what changed.
import { Pencil, Siren } from 'lucide-react';
import type { Assessment } from '../../../core/casework/assessment.ts';
import type { AnswerValue, TemplateField } from '../../../core/casework/assessment-template.ts';
import { t } from '../../i18n/index.ts';
import { assessmentHistory, templateFor } from '../../store/assessments.ts';
import { dateOf, timeOf } from './format.ts';

function answerText(field: TemplateField, value: AnswerValue | undefined): string {
  if (value === undefined || value === null || value === '') return t('assessment.view.noAnswer');
  switch (field.kind) {
    case 'yesNo':
      return value === true ? t('assessment.yes') : t('assessment.no');
    case 'choice':
      return field.options.find((o) => o.value === value)?.label ?? String(value);
    case 'multi': {
      const values = Array.isArray(value) ? value : [];
      if (values.length === 0) return t('assessment.view.noAnswer');
      return values.map((v) => field.options.find((o) => o.value === v)?.label ?? v).join('; ');
    }
    default:
      return String(value);
  }
}

function Answer({ field, value }: { field: TemplateField; value: AnswerValue | undefined }) {
  if (field.kind === 'multi' && Array.isArray(value) && value.length > 0) {
    return (
      <ul className="asm-answer-list">
        {value.map((v) => (
          <li key={v}>{field.options.find((o) => o.value === v)?.label ?? v}</li>
        ))}
      </ul>
    );
  }
  const risky = field.kind === 'yesNo' && field.riskFlag && value === true;
  return (
    <span className={risky ? 'asm-answer asm-answer-risk' : 'asm-answer'}>
      {answerText(field, value)}
    </span>
  );
}

export function completedLine(assessment: Assessment, timeZone: string): string {
  return t('assessment.view.completedBy', {
    name: assessment.completedByName,
    time: timeOf(assessment.completedAt, timeZone),
    date: dateOf(assessment.completedAt, timeZone),
  });
}

export function AssessmentView({
  assessment,
  rows,
  concurrent,
  timeZone,
  canEdit,
  onEdit,
}: {
  assessment: Assessment;
  /** Every version of the visit's assessments (for the history). */
  rows: readonly Assessment[];
  /** Other versions nobody superseded (two PCs edited the same version at once). */
  concurrent: readonly Assessment[];
  timeZone: string;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const template = templateFor(assessment);
  const history = assessmentHistory(rows, assessment.id);
  return (
    <div className="asm-view">
      <div className="asm-view-head">
        <div>
          <p className="asm-view-meta">
            <span className="asm-version">
              {t('assessment.view.version', { version: assessment.version })}
            </span>
            {assessment.urgent ? (
              <span className="asm-urgent-badge">
                <Siren aria-hidden="true" size={18} />
                {t('assessment.urgent.label')}
              </span>
            ) : null}
          </p>
          <p className="asm-completed-by">{completedLine(assessment, timeZone)}</p>
        </div>
        {canEdit ? (
          <button
            type="button"
            className="btn"
            onClick={onEdit}
            aria-label={t('assessment.view.editLabel')}
          >
            <Pencil aria-hidden="true" size={20} />
            {t('assessment.view.edit')}
          </button>
        ) : null}
      </div>

      {concurrent.length > 0 ? (
        <p className="asm-note">
          {t('assessment.view.otherVersions', { count: concurrent.length })}
        </p>
      ) : null}

      {template.sections.map((section) => (
        <section
          key={section.id}
          className="asm-view-section"
          aria-labelledby={`asm-v-${section.id}`}
        >
          <h3 id={`asm-v-${section.id}`}>{section.title}</h3>
          <dl>
            {section.fields.map((field) => (
              <div key={field.id} className="asm-view-row">
                <dt>{field.label}</dt>
                <dd>
                  <Answer field={field} value={assessment.answers[field.id]} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}

      <details className="asm-history">
        <summary>{t('assessment.history.summary', { count: history.length })}</summary>
        <h3 className="visually-hidden">{t('assessment.history.heading')}</h3>
        <ol>
          {history.map(({ assessment: version, changedLabels }) => (
            <li key={version.id}>
              <p className="asm-history-entry">
                {t('assessment.history.entry', {
                  version: version.version,
                  name: version.completedByName,
                  time: timeOf(version.completedAt, timeZone),
                  date: dateOf(version.completedAt, timeZone),
                })}
              </p>
              <p className="asm-history-changes">
                {version.supersedesId === null
                  ? t('assessment.history.first')
                  : changedLabels.length > 0
                    ? t('assessment.history.changed', { fields: changedLabels.join(', ') })
                    : t('assessment.history.unchanged')}
              </p>
            </li>
          ))}
        </ol>
        {concurrent.length > 0 ? (
          <>
            <h4>{t('assessment.history.concurrent')}</h4>
            <ul>
              {concurrent.map((other) => (
                <li key={other.id}>
                  {t('assessment.history.entry', {
                    version: other.version,
                    name: other.completedByName,
                    time: timeOf(other.completedAt, timeZone),
                    date: dateOf(other.completedAt, timeZone),
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </details>
    </div>
  );
}
