// The frame of one kiosk step: its heading (focused when the step opens, so a screen reader
// starts reading there), "Langkah n dari 4", an instruction, the step's content and the
// Kembali / Lanjut row.
import { ArrowLeft, ArrowRight } from 'lucide-react';
import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';
import type { GuidanceStep } from '../../core/kiosk/guidance.ts';
import { t } from '../i18n/index.ts';
import { useGuidance } from './access/access-context.tsx';

export const STEP_COUNT = 4;

interface KioskStepProps {
  /** 1-based position among the question steps; missing on welcome and the ticket. */
  step?: number;
  heading: string;
  instruction?: ReactNode;
  /** Focus this instead of the heading when the step opens (the NIK or name field). */
  initialFocus?: RefObject<HTMLElement | null>;
  /** The spoken guidance said when the step opens (when the visitor has voice on). */
  guide?: GuidanceStep;
  className?: string;
  children: ReactNode;
  nav?: ReactNode;
}

export function KioskStep({
  step,
  heading,
  instruction,
  initialFocus,
  guide,
  className,
  children,
  nav,
}: KioskStepProps) {
  const headingId = useId();
  useGuidance(guide);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    (initialFocus?.current ?? headingRef.current)?.focus();
  }, [initialFocus]);

  return (
    <section className={`kiosk-step ${className ?? ''}`} aria-labelledby={headingId}>
      <header className="kiosk-step-header">
        {step ? (
          <p className="kiosk-progress">{t('kiosk.progress', { step, total: STEP_COUNT })}</p>
        ) : null}
        <h1 id={headingId} ref={headingRef} tabIndex={-1} className="kiosk-step-heading">
          {heading}
        </h1>
        {instruction ? <p className="kiosk-instruction">{instruction}</p> : null}
      </header>
      <div className="kiosk-step-body">{children}</div>
      {nav ? (
        <nav className="kiosk-step-nav" aria-label={t('kiosk.nav.label')}>
          {nav}
        </nav>
      ) : null}
    </section>
  );
}

export function BackButton({ onClick }: { onClick(): void }) {
  return (
    <button type="button" className="btn kiosk-nav-back" onClick={onClick}>
      <ArrowLeft aria-hidden="true" />
      {t('kiosk.nav.back')}
    </button>
  );
}

export function NextButton({ onClick, form }: { onClick?: () => void; form?: string }) {
  return (
    <button
      type={form ? 'submit' : 'button'}
      form={form}
      className="btn btn-primary kiosk-nav-next"
      onClick={onClick}
    >
      {t('kiosk.nav.next')}
      <ArrowRight aria-hidden="true" />
    </button>
  );
}
