// The visit's ATENSI assessment (asesmen), a tab of the casework screen. On opening it restores
// the local draft if there is one (a reload, a crash or an idle lock loses nothing), otherwise it
// shows the completed assessment, or an empty form when there is none yet. Completing writes a
// version (renderer/store/assessments.ts); "Ubah" opens the form prefilled as a draft of the edit.
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { type Assessment, latestVersions } from '../../../core/casework/assessment.ts';
import type { Answers, AssessmentTemplate } from '../../../core/casework/assessment-template.ts';
import { offers } from '../../../core/casework/service-model.ts';
import { t } from '../../i18n/index.ts';
import {
  assessmentsOfVisit,
  currentAssessment,
  loadDraft,
  templateFor,
} from '../../store/assessments.ts';
import type { CaseworkContext } from '../casework-context.ts';
import { AssessmentForm } from './AssessmentForm.tsx';
import { AssessmentView } from './AssessmentView.tsx';
import './assessment.css';

interface FormSession {
  /** Remounts the form for a new session. */
  key: number;
  template: AssessmentTemplate;
  answers: Answers;
  editing: Assessment | undefined;
  restoredAt: number | undefined;
}

export function AssessmentPanel({ casework }: { casework: CaseworkContext }) {
  const { store, visit } = casework;
  const rows = useLiveQuery(() => assessmentsOfVisit(store, visit.id), [store, visit.id]);
  const [session, setSession] = useState<FormSession | null | undefined>(undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rowsLoaded = rows !== undefined;
  const offered = offers(store.config.serviceModel, 'assessment');

  // Once the versions are known: the draft if there is one, else the form when nothing was
  // completed yet, else the completed assessment.
  // biome-ignore lint/correctness/useExhaustiveDependencies: decided once per visit, when loaded
  useEffect(() => {
    if (!rowsLoaded || session !== undefined) return;
    let live = true;
    void loadDraft(store, visit.id).then((draft) => {
      if (!live) return;
      const current = currentAssessment(rows);
      if (draft) {
        const editing =
          (draft.editingId ? rows.find((a) => a.id === draft.editingId) : undefined) ?? current;
        setSession({
          key: 1,
          template: templateFor(editing ?? draft),
          answers: draft.answers,
          editing,
          restoredAt: draft.savedAt,
        });
      } else if (!current) {
        setSession({
          key: 1,
          template: templateFor(undefined),
          answers: {},
          editing: undefined,
          restoredAt: undefined,
        });
      } else {
        setSession(null);
      }
    });
    return () => {
      live = false;
    };
  }, [rowsLoaded, visit.id]);

  // The version just completed shows at once, before the live query has read it back.
  const [justCompleted, setJustCompleted] = useState<Assessment | undefined>(undefined);
  const versions =
    rows && justCompleted && !rows.some((a) => a.id === justCompleted.id)
      ? [...rows, justCompleted]
      : rows;
  const current = versions ? currentAssessment(versions) : undefined;
  const concurrent =
    versions && current ? latestVersions(versions).filter((a) => a.id !== current.id) : [];

  function showCompleted(assessment: Assessment) {
    casework.confirm(
      assessment.version === 1
        ? t('assessment.completed')
        : t('assessment.completedVersion', { version: assessment.version }),
    );
    setJustCompleted(assessment);
    setSession(null);
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  function edit(assessment: Assessment) {
    setSession((s) => ({
      key: (s?.key ?? 0) + 1,
      template: templateFor(assessment),
      answers: assessment.answers,
      editing: assessment,
      restoredAt: undefined,
    }));
  }

  let body: ReactNode;
  if (!offered && !current) {
    body = <p className="asm-note">{t('assessment.notOffered')}</p>;
  } else if (rows === undefined || session === undefined) {
    body = <p className="asm-loading">{t('assessment.loading')}</p>;
  } else if (session) {
    body = (
      <AssessmentForm
        key={session.key}
        casework={casework}
        template={session.template}
        initial={session.answers}
        editing={session.editing}
        restoredAt={session.restoredAt}
        onCompleted={showCompleted}
        onCancelEdit={() => {
          setSession(null);
          requestAnimationFrame(() => headingRef.current?.focus());
        }}
      />
    );
  } else if (current) {
    body = (
      <AssessmentView
        assessment={current}
        rows={versions ?? []}
        concurrent={concurrent}
        timeZone={store.config.timeZone}
        canEdit={offered}
        onEdit={() => edit(current)}
      />
    );
  } else {
    body = <p className="asm-loading">{t('assessment.loading')}</p>;
  }

  return (
    <section className="asm-panel" aria-labelledby="asesmen-heading">
      <h2 id="asesmen-heading" className="asm-heading" ref={headingRef} tabIndex={-1}>
        {t('assessment.heading')}
      </h2>
      {body}
    </section>
  );
}
