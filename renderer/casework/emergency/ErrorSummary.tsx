// The refusal of a form: an alert naming each problem, each a link to its field. The form moves
// focus to the first bad field itself; the alert is what a screen reader announces.
import { CircleExclamationPoint } from 'lucide-react';

export interface FieldProblem {
  /** The id of the field to go to. */
  fieldId: string;
  message: string;
}

export function ErrorSummary({ title, problems }: { title: string; problems: FieldProblem[] }) {
  return (
    <div role="alert" className="emergency-error-summary">
      {problems.length > 0 && (
        <>
          <p className="emergency-error-title">
            <CircleExclamationPoint aria-hidden="true" size={20} />
            {title}
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.fieldId}-${problem.message}`}>
                <a
                  href={`#${problem.fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(problem.fieldId)?.focus();
                  }}
                >
                  {problem.message}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** An input's error line, linked with aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="emergency-field-error">
      <CircleExclamationPoint aria-hidden="true" size={16} />
      {message}
    </p>
  );
}
