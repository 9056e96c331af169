// A modal dialog on the native <dialog>: the browser traps focus, closes on Escape and puts it
// above everything (the emergency banner included — the dialog is short-lived).
import { type ReactNode, useEffect, useId, useRef } from 'react';

export function ModalDialog({
  title,
  onClose,
  children,
  className = '',
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`console-dialog ${className}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="console-dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
