// What this PC shows — kiosk, console, board — and on which of its screens. An enrolled PC is
// offered only the roles its enrolment allows.
import type { DisplayInfo } from '../../../core/bridge/bridge.ts';
import { type Role, roles } from '../../../core/centre/config.ts';
import { t } from '../../i18n/index.ts';
import type { RoleDraft } from '../draft.ts';
import { fieldIds } from '../field-ids.ts';
import { type ErrorLookup, errorId, FieldError } from './Field.tsx';

interface RolesSectionProps {
  value: Record<Role, RoleDraft>;
  /** The roles to offer; all of them unless the enrolment limits them. */
  available?: readonly Role[];
  displays: readonly DisplayInfo[];
  errorFor: ErrorLookup;
  onChange(role: Role, patch: Partial<RoleDraft>): void;
}

export function RolesSection({
  value,
  available = roles,
  displays,
  errorFor,
  onChange,
}: RolesSectionProps) {
  const error = errorFor(fieldIds.roles);
  return (
    <section className="setup-section" aria-labelledby="setup-roles-heading">
      <h2 id="setup-roles-heading">{t('setup.roles.heading')}</h2>
      <p className="setup-intro">{t('setup.roles.intro')}</p>
      <fieldset
        id={fieldIds.roles}
        className={error ? 'setup-roles has-error' : 'setup-roles'}
        aria-describedby={error ? errorId(fieldIds.roles) : undefined}
      >
        <legend className="visually-hidden">{t('setup.roles.legend')}</legend>
        <FieldError id={fieldIds.roles} message={error} />
        {available.map((role) => {
          const checkId = `${fieldIds.roles}-${role}`;
          const screenId = `${checkId}-screen`;
          const assignment = value[role];
          return (
            <div className="setup-role" key={role}>
              <div className="setup-check">
                <input
                  type="checkbox"
                  id={checkId}
                  checked={assignment.enabled}
                  onChange={(event) => onChange(role, { enabled: event.target.checked })}
                />
                <label htmlFor={checkId}>{t(`setup.roles.${role}`)}</label>
              </div>
              {assignment.enabled ? (
                <div className="setup-role-screen">
                  <label htmlFor={screenId}>
                    {t('setup.roles.screen', { role: t(`common.screen.${role}`) })}
                  </label>
                  <select
                    id={screenId}
                    className="setup-input setup-input-medium"
                    value={assignment.displayId}
                    onChange={(event) => onChange(role, { displayId: event.target.value })}
                  >
                    <option value="">{t('setup.roles.primaryScreen')}</option>
                    {displays.map((display) => (
                      <option key={display.id} value={String(display.id)}>
                        {t('setup.roles.screenOption', {
                          label: display.label,
                          width: String(display.width),
                          height: String(display.height),
                          primary: display.primary ? t('setup.roles.primaryMark') : '',
                        })}
                      </option>
                    ))}
                    {assignment.displayId !== '' &&
                    !displays.some((d) => String(d.id) === assignment.displayId) ? (
                      // A screen that is unplugged right now stays chosen rather than vanishing.
                      <option value={assignment.displayId}>{assignment.displayId}</option>
                    ) : null}
                  </select>
                </div>
              ) : null}
            </div>
          );
        })}
      </fieldset>
    </section>
  );
}
