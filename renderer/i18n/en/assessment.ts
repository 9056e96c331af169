// English text of the ATENSI assessment form (twin of ../id/assessment.ts; same keys): drafts,
// completion, edit history. The questions themselves are the template's
// (core/casework/assessment-template.ts), versioned with it.
import type { assessment as id } from '../id/assessment.ts';
import type { Translation } from '../translation.ts';

export const assessment: Translation<typeof id> = {
  heading: 'ATENSI assessment',
  loading: 'Loading assessment…',
  notOffered:
    'Assessment is not available in this Balai’s service model. Refer the beneficiary to a partner.',
  intro:
    'Entries are saved automatically as a draft on this computer as you type. Fields marked (required) must be filled in before the assessment is completed.',
  editingIntro:
    'You are changing assessment version {version}. Changes are saved as a draft; the old version stays in the history.',
  required: '(required)',
  unknownStaff: 'Staff',
  yes: 'Yes',
  no: 'No',
  characters: '{count} of {max} characters',
  tooLong: '{count} of {max} characters — too long',
  draft: {
    saved: 'Draft saved {time}',
    saving: 'Saving draft…',
    failed:
      'The draft is not saved on this computer yet. Do not close the window; saving will be tried again.',
  },
  urgent: {
    label: 'Urgent',
    banner: 'Risk signs: {flags}. Act on them now and report to the responsible social worker.',
  },
  complete: 'Complete assessment',
  saveEdit: 'Save changes',
  completing: 'Saving…',
  completed: 'Assessment saved.',
  completedVersion: 'Assessment changes saved as version {version}.',
  summary: {
    heading: 'The assessment cannot be completed yet: {count} things need fixing.',
    intro: 'Your entries are still saved. Fix the following, then press “{action}” again.',
    failed: 'The assessment cannot be completed yet.',
  },
  cancelEdit: 'Discard changes',
  cancelEditQuestion: 'Discard unsaved changes? Assessment version {version} stays in force.',
  cancelEditYes: 'Yes, discard changes',
  cancelEditNo: 'No, keep editing',
  view: {
    completedBy: 'Completed by {name} at {time}, {date}',
    version: 'Version {version}',
    edit: 'Edit',
    editLabel: 'Edit assessment',
    noAnswer: '—',
    otherVersions:
      'This assessment was also changed at the same time on another computer ({count} other versions). The one shown is the last completed; the other versions are in the history.',
  },
  history: {
    heading: 'History',
    summary: 'History ({count} versions)',
    entry: 'Version {version} — {name}, at {time}, {date}',
    first: 'First assessment.',
    changed: 'Changed: {fields}',
    unchanged: 'No answers changed.',
    concurrent: 'Other versions made at the same time',
  },
};
