// The console's message area: refusals as an alert, confirmations as a polite status. Both
// regions stay in the page so screen readers announce each new message.
import { CircleCheck, CircleExclamationPoint, X } from 'lucide-react';
import { t } from '../i18n/index.ts';
import type { Feedback } from './useFeedback.ts';

export function FeedbackArea({
  feedback,
  onDismiss,
}: {
  feedback: Feedback;
  onDismiss: () => void;
}) {
  return (
    <div className="desk-feedback">
      <div role="alert" className="desk-refusal-region">
        {feedback.refusal && (
          <p className="desk-refusal">
            <CircleExclamationPoint aria-hidden="true" size={20} />
            <span>{feedback.refusal}</span>
            <button
              type="button"
              className="desk-dismiss"
              onClick={onDismiss}
              aria-label={t('console.desk.dismiss')}
            >
              <X aria-hidden="true" size={18} />
            </button>
          </p>
        )}
      </div>
      <div role="status" className="desk-notice-region">
        {feedback.notice && (
          <p className="desk-notice">
            <CircleCheck aria-hidden="true" size={20} />
            <span>{feedback.notice}</span>
          </p>
        )}
      </div>
    </div>
  );
}
