// How the queue is ordered (emergencies always first, then the chosen policy for the priority
// groups of UU 25/2009 art. 29) and when a called ticket may be marked absent.
import type { OrderingPolicy } from '../../../core/centre/config.ts';
import { t } from '../../i18n/index.ts';
import type { SetupDraft } from '../draft.ts';
import { fieldIds } from '../field-ids.ts';
import { type ErrorLookup, hintId, TextField } from './Field.tsx';

const kinds: readonly OrderingPolicy['kind'][] = ['fifo', 'weighted', 'strict', 'ratio'];

interface QueueSectionProps {
  draft: SetupDraft;
  errorFor: ErrorLookup;
  onChange(patch: Partial<SetupDraft>): void;
}

export function QueueSection({ draft, errorFor, onChange }: QueueSectionProps) {
  return (
    <section className="setup-section" aria-labelledby="setup-queue-heading">
      <h2 id="setup-queue-heading">{t('setup.queue.heading')}</h2>
      <p className="setup-intro">{t('setup.queue.intro')}</p>
      <fieldset className="setup-choices">
        <legend>{t('setup.queue.legend')}</legend>
        {kinds.map((kind) => {
          const id = `setup-ordering-${kind}`;
          return (
            <div className="setup-choice" key={kind}>
              <input
                type="radio"
                id={id}
                name="ordering"
                checked={draft.orderingKind === kind}
                onChange={() => onChange({ orderingKind: kind })}
                aria-describedby={hintId(id)}
              />
              <div>
                <label htmlFor={id}>{t(`setup.queue.${kind}.label`)}</label>
                <p id={hintId(id)} className="setup-hint">
                  {t(`setup.queue.${kind}.hint`)}
                </p>
                {kind === 'weighted' && draft.orderingKind === 'weighted' ? (
                  <TextField
                    id={fieldIds.bonusMinutes}
                    label={t('setup.queue.bonusMinutes')}
                    value={draft.priorityBonusMinutes}
                    numeric
                    width="short"
                    error={errorFor(fieldIds.bonusMinutes)}
                    onChange={(priorityBonusMinutes) => onChange({ priorityBonusMinutes })}
                  />
                ) : null}
                {kind === 'ratio' && draft.orderingKind === 'ratio' ? (
                  <TextField
                    id={fieldIds.ratio}
                    label={t('setup.queue.ratioCount')}
                    value={draft.regularPerPriority}
                    numeric
                    width="short"
                    error={errorFor(fieldIds.ratio)}
                    onChange={(regularPerPriority) => onChange({ regularPerPriority })}
                  />
                ) : null}
              </div>
            </div>
          );
        })}
      </fieldset>
      <TextField
        id={fieldIds.noShow}
        label={t('setup.queue.noShow')}
        hint={t('setup.queue.noShowHint')}
        value={draft.noShowAfterCalls}
        numeric
        width="short"
        error={errorFor(fieldIds.noShow)}
        onChange={(noShowAfterCalls) => onChange({ noShowAfterCalls })}
      />
      <TextField
        id={fieldIds.targetWait}
        label={t('setup.queue.targetWait')}
        hint={t('setup.queue.targetWaitHint')}
        value={draft.targetWaitMinutes}
        numeric
        width="short"
        error={errorFor(fieldIds.targetWait)}
        onChange={(targetWaitMinutes) => onChange({ targetWaitMinutes })}
      />
      <TextField
        id={fieldIds.opensAt}
        label={t('setup.queue.opensAt')}
        hint={t('setup.queue.serviceHoursHint')}
        value={draft.opensAt}
        width="short"
        error={errorFor(fieldIds.opensAt)}
        onChange={(opensAt) => onChange({ opensAt })}
      />
      <TextField
        id={fieldIds.closesAt}
        label={t('setup.queue.closesAt')}
        value={draft.closesAt}
        width="short"
        error={errorFor(fieldIds.closesAt)}
        onChange={(closesAt) => onChange({ closesAt })}
      />
    </section>
  );
}
