// A modal dialog for the kiosk (Darurat confirmation, idle question, supervisor PIN): the native
// <dialog> keeps focus inside and makes the screen behind it inert while it is open.
import { type ReactNode, useEffect, useId, useRef } from 'react';

interface KioskDialogProps {
  open: boolean;
  heading: string;
  /** Escape key; the dialog stays open unless the owner closes it. */
  onCancel(): void;
  tone?: 'danger' | 'neutral';
  children: ReactNode;
}

export function KioskDialog({
  open,
  heading,
  onCancel,
  tone = 'neutral',
  children,
}: KioskDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`kiosk-dialog kiosk-dialog-${tone}`}
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open ? (
        <>
          <h2 id={headingId} className="kiosk-dialog-heading">
            {heading}
          </h2>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
