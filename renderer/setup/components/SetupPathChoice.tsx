// First-run setup's first question: enrol this PC with the centre's sync server, which then fills
// in the centre's data; import the centre's configuration file, which sets many PCs up alike; or
// set everything up by hand for a PC that works without a server.
import { t } from '../../i18n/index.ts';
import { fieldIds } from '../field-ids.ts';
import { hintId } from './Field.tsx';

export const setupPaths = ['enrol', 'import', 'manual'] as const;
export type SetupPath = (typeof setupPaths)[number];

interface SetupPathChoiceProps {
  value: SetupPath;
  onChange(path: SetupPath): void;
}

export function SetupPathChoice({ value, onChange }: SetupPathChoiceProps) {
  return (
    <section className="setup-section setup-path-section" aria-labelledby="setup-path-heading">
      <fieldset id={fieldIds.path} className="setup-choices setup-paths">
        <legend id="setup-path-heading" className="setup-path-legend">
          {t('setup.path.legend')}
        </legend>
        {setupPaths.map((path) => {
          const id = `${fieldIds.path}-${path}`;
          return (
            <div className="setup-choice" key={path}>
              <input
                type="radio"
                id={id}
                name="setup-path"
                value={path}
                checked={value === path}
                onChange={() => onChange(path)}
                aria-describedby={hintId(id)}
              />
              <div>
                <label htmlFor={id}>{t(`setup.path.${path}.label`)}</label>
                <p id={hintId(id)} className="setup-hint">
                  {t(`setup.path.${path}.hint`)}
                </p>
              </div>
            </div>
          );
        })}
      </fieldset>
    </section>
  );
}
