// The pieces every setup field is made of: a label, an optional hint, and — after a failed save —
// a message beside the field, tied to the control with aria-describedby and aria-invalid.
import { CircleAlert } from 'lucide-react';
import type { ReactNode } from 'react';

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** The aria attributes a control needs for its hint and its message. */
export function describedBy(id: string, options: { hint?: boolean; error?: string | undefined }) {
  const ids = [options.hint ? hintId(id) : '', options.error ? errorId(id) : '']
    .filter(Boolean)
    .join(' ');
  return {
    'aria-describedby': ids === '' ? undefined : ids,
    'aria-invalid': options.error ? true : undefined,
  } as const;
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={hintId(id)} className="setup-hint">
      {children}
    </p>
  );
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={errorId(id)} className="setup-error">
      <CircleAlert aria-hidden="true" />
      <span>{message}</span>
    </p>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  error?: string | undefined;
  /** Numbers are typed as text and checked on save, so nothing typed is swallowed. */
  numeric?: boolean;
  /** A web address: the touch keyboard offers "/", ":" and ".". */
  url?: boolean;
  secret?: boolean;
  autoComplete?: string;
  width?: 'short' | 'medium' | 'full';
  disabled?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, hint, error, numeric, url, secret, autoComplete, disabled } =
    props;
  return (
    <div className={error ? 'setup-field has-error' : 'setup-field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? <Hint id={id}>{hint}</Hint> : null}
      <FieldError id={id} message={error} />
      <input
        id={id}
        className={`setup-input setup-input-${props.width ?? 'full'}`}
        type={secret ? 'password' : 'text'}
        inputMode={numeric ? 'numeric' : url ? 'url' : undefined}
        autoComplete={autoComplete ?? 'off'}
        spellCheck={false}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        {...describedBy(id, { hint: Boolean(hint), error })}
      />
    </div>
  );
}

export type ErrorLookup = (field: string) => string | undefined;
