// What the console tells the staff member after an action: a refusal from the store (shown in
// an alert until the next action or until dismissed) or a short confirmation (a polite status).
import { useCallback, useState } from 'react';

export interface Feedback {
  refusal: string | null;
  notice: string | null;
}

export function useFeedback() {
  const [feedback, setFeedback] = useState<Feedback>({ refusal: null, notice: null });
  const refuse = useCallback(
    (message: string) => setFeedback({ refusal: message, notice: null }),
    [],
  );
  const confirm = useCallback(
    (message: string) => setFeedback({ refusal: null, notice: message }),
    [],
  );
  const dismiss = useCallback(() => setFeedback((f) => ({ ...f, refusal: null })), []);
  /** Forget both, e.g. when the sync rolled the confirmed action back. */
  const clear = useCallback(() => setFeedback({ refusal: null, notice: null }), []);
  return { feedback, refuse, confirm, dismiss, clear };
}

export type FeedbackApi = ReturnType<typeof useFeedback>;
