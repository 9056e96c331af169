// The list of what to fix, at the top of the form after a failed save. Each item jumps to its
// field; the router owns the URL hash, so the links move focus themselves instead of navigating.
import { TriangleAlert } from 'lucide-react';
import type { Ref } from 'react';
import { t } from '../../i18n/index.ts';
import type { FieldError } from '../validate-setup.ts';

const focusable = 'input:not([disabled]), select:not([disabled]), button:not([disabled])';

export function focusField(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  const target = element.matches(focusable)
    ? element
    : element.querySelector<HTMLElement>(focusable);
  (target ?? element).focus();
  (target ?? element).scrollIntoView({ block: 'center' });
}

interface ErrorSummaryProps {
  errors: readonly FieldError[];
  /** A problem that belongs to no field ("Pengaturan belum tersimpan: …"), as the heading. */
  failure: string | null;
  ref: Ref<HTMLElement>;
}

export function ErrorSummary({ errors, failure, ref }: ErrorSummaryProps) {
  if (errors.length === 0 && !failure) return null;
  return (
    <section
      className="setup-summary"
      ref={ref}
      tabIndex={-1}
      aria-labelledby="setup-summary-heading"
    >
      <h2 id="setup-summary-heading">
        <TriangleAlert aria-hidden="true" />
        {failure ?? t('setup.summary.heading', { count: errors.length })}
      </h2>
      {errors.length > 0 ? (
        <>
          <p>{t('setup.summary.intro')}</p>
          <ul>
            {errors.map((error) => (
              <li key={`${error.field}:${error.message}`}>
                <a
                  href={`#${error.field}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(error.field);
                  }}
                >
                  {error.context ? `${error.context}: ${error.message}` : error.message}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
