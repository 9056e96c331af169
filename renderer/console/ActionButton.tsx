// A console button that stays focusable when it cannot act: it is marked aria-disabled, its
// reason is its description (and tooltip), and pressing it anyway shows the reason instead of
// doing nothing. Its name is the label alone (WCAG 2.5.3): the note under the label is
// aria-hidden and read as the description, the function key said through aria-keyshortcuts.
import type { LucideIcon } from 'lucide-react';
import { type Ref, useId } from 'react';
import type { Availability } from './ticket-actions.ts';

export function ActionButton({
  label,
  icon: Icon,
  availability,
  onRun,
  onRefused,
  shortcut,
  variant = 'plain',
  className = '',
  note,
  ref,
}: {
  label: string;
  icon: LucideIcon;
  availability: Availability;
  onRun: () => void;
  onRefused: (reason: string) => void;
  shortcut?: string;
  variant?: 'plain' | 'primary' | 'danger';
  className?: string;
  /** A short visible line under the label, e.g. "dipanggil 1 dari 3 kali". */
  note?: string;
  ref?: Ref<HTMLButtonElement>;
}) {
  const id = useId();
  const disabled = !availability.enabled;
  const variantClass = variant === 'plain' ? '' : ` btn-${variant}`;
  const describedBy = [note ? `${id}-note` : '', disabled ? `${id}-reason` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <button
        ref={ref}
        type="button"
        className={`btn desk-action${variantClass} ${className}`}
        aria-describedby={describedBy || undefined}
        aria-disabled={disabled || undefined}
        aria-keyshortcuts={shortcut}
        title={disabled ? availability.reason : undefined}
        onClick={() => (availability.enabled ? onRun() : onRefused(availability.reason))}
      >
        <Icon aria-hidden="true" size={20} className="desk-action-icon" />
        <span className="desk-action-text">
          <span className="desk-action-label">{label}</span>
          {note && (
            <span id={`${id}-note`} className="desk-action-note" aria-hidden="true">
              {note}
            </span>
          )}
        </span>
        {shortcut && (
          <span className="desk-kbd" aria-hidden="true">
            {shortcut}
          </span>
        )}
      </button>
      {disabled && (
        <span id={`${id}-reason`} className="visually-hidden">
          {availability.reason}
        </span>
      )}
    </>
  );
}
