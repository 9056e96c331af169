// Validation failures as one short Indonesian phrase, for a log line or a message on screen.
// Schema messages written in Indonesian (core/centre/config.ts) are kept as they are; zod's own
// messages come from its Indonesian locale.
import { z } from 'zod';

export const indonesianErrors = z.locales.id().localeError;

/** "Tambahkan sedikitnya satu loket (counters)", "diharapkan array, diterima undefined (counters)". */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'data tidak valid';
  const message = issue.message.replace(/^Input tidak valid:\s*/, '');
  return issue.path.length > 0 ? `${message} (${issue.path.map(String).join('.')})` : message;
}
