// One question of the assessment template as a form control: a text line, a text area with its
// character count, a radio group (a choice, or "Ya"/"Tidak"), or check boxes. Its message after a
// refused completion sits above the control, tied to it with aria-describedby and aria-invalid.
// Nothing typed is cut: a text over its limit stays as typed, the count turns red and completion
// says so.
import { CircleAlert } from 'lucide-react';
import type {
  AnswerValue,
  FieldOption,
  TemplateField,
} from '../../../core/casework/assessment-template.ts';
import { t } from '../../i18n/index.ts';

export const fieldDomId = (fieldId: string) => `asesmen-${fieldId}`;
const errorDomId = (fieldId: string) => `asesmen-${fieldId}-error`;
const hintDomId = (fieldId: string) => `asesmen-${fieldId}-hint`;
const countDomId = (fieldId: string) => `asesmen-${fieldId}-count`;

interface FieldProps {
  field: TemplateField;
  value: AnswerValue | undefined;
  error: string | undefined;
  /** Options the centre's service model offers (others are not shown). */
  visibleOptions: (options: FieldOption[]) => FieldOption[];
  onChange: (value: AnswerValue) => void;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

function Label({ field }: { field: TemplateField }) {
  return (
    <>
      {field.label}
      {field.required ? <span className="asm-required"> {t('assessment.required')}</span> : null}
    </>
  );
}

function Problem({ fieldId, message }: { fieldId: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={errorDomId(fieldId)} className="asm-error">
      <CircleAlert aria-hidden="true" size={18} />
      <span>{message}</span>
    </p>
  );
}

function Hint({ field }: { field: TemplateField }) {
  if (!field.hint) return null;
  return (
    <p id={hintDomId(field.id)} className="asm-hint">
      {field.hint}
    </p>
  );
}

export function AssessmentField({ field, value, error, visibleOptions, onChange }: FieldProps) {
  const id = fieldDomId(field.id);
  const className = error ? 'asm-field asm-field-invalid' : 'asm-field';
  const errorId = error ? errorDomId(field.id) : undefined;
  const hintId = field.hint ? hintDomId(field.id) : undefined;

  if (field.kind === 'text' || field.kind === 'longText') {
    const text = typeof value === 'string' ? value : '';
    const over = text.length > field.maxLength;
    const common = {
      id,
      value: text,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy(hintId, errorId, countDomId(field.id)),
      'aria-required': field.required ? true : undefined,
      spellCheck: true,
      autoComplete: 'off',
    } as const;
    return (
      <div className={className}>
        <label htmlFor={id} className="asm-label">
          <Label field={field} />
        </label>
        <Hint field={field} />
        <Problem fieldId={field.id} message={error} />
        {field.kind === 'longText' ? (
          <textarea
            {...common}
            className="asm-input asm-textarea"
            rows={3}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            {...common}
            type="text"
            className="asm-input"
            onChange={(event) => onChange(event.target.value)}
          />
        )}
        <p id={countDomId(field.id)} className={over ? 'asm-count asm-count-over' : 'asm-count'}>
          {t(over ? 'assessment.tooLong' : 'assessment.characters', {
            count: text.length,
            max: field.maxLength,
          })}
        </p>
      </div>
    );
  }

  // A fieldset is a group, which takes no aria-required: its legend says "(wajib)", and each radio
  // of a required choice is `required` (the form does its own checks: noValidate).
  const groupProps = {
    id,
    className: `${className} asm-group`,
    'aria-describedby': describedBy(hintId, errorId),
    'aria-invalid': error ? true : undefined,
  } as const;

  if (field.kind === 'yesNo') {
    const choices = [
      { value: true, label: t('assessment.yes') },
      { value: false, label: t('assessment.no') },
    ];
    return (
      <fieldset {...groupProps}>
        <legend className="asm-label">
          <Label field={field} />
        </legend>
        <Hint field={field} />
        <Problem fieldId={field.id} message={error} />
        <div className="asm-options asm-options-inline">
          {choices.map((choice) => (
            <label
              key={String(choice.value)}
              className={
                choice.value && field.riskFlag ? 'asm-option asm-option-risk' : 'asm-option'
              }
            >
              <input
                type="radio"
                name={id}
                required={field.required}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }

  if (field.kind !== 'choice' && field.kind !== 'multi') return null;
  const options = visibleOptions(field.options);
  if (field.kind === 'choice') {
    return (
      <fieldset {...groupProps}>
        <legend className="asm-label">
          <Label field={field} />
        </legend>
        <Hint field={field} />
        <Problem fieldId={field.id} message={error} />
        <div className="asm-options">
          {options.map((option) => (
            <label key={option.value} className="asm-option">
              <input
                type="radio"
                name={id}
                required={field.required}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }

  const chosen = Array.isArray(value) ? value : [];
  return (
    <fieldset {...groupProps}>
      <legend className="asm-label">
        <Label field={field} />
      </legend>
      <Hint field={field} />
      <Problem fieldId={field.id} message={error} />
      <div className="asm-options">
        {options.map((option) => (
          <label key={option.value} className="asm-option">
            <input
              type="checkbox"
              value={option.value}
              checked={chosen.includes(option.value)}
              onChange={(event) =>
                onChange(
                  // In the template's order, so the same choices always read (and compare) alike.
                  field.options
                    .map((o) => o.value)
                    .filter((v) =>
                      v === option.value ? event.target.checked : chosen.includes(v),
                    ),
                )
              }
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
