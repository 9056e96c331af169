// ATENSI assessment templates as versioned data: sections of fields the form renders and the
// validation reads. A completed assessment names the template id and version it was made with,
// so a later version of a template never changes how an old assessment reads. A new version is
// added beside the old one, never edited in place once shipped.
//
// API
//   AssessmentTemplate, TemplateField, AnswerValue, Answers
//   assessmentTemplates                       every version ever shipped
//   currentTemplate()                         the version new assessments use
//   templateOf(id, version)                   the version an assessment was made with
//   validateAnswers(template, answers, opts)  → field id → Indonesian message (empty when fine)
//   isUrgent(template, answers)               a risk flag answered "ya"
//   recommendationOf(answers)                 the recommendation field's value
import type { CaseworkService } from './service-model.ts';

export type AnswerValue = string | string[] | boolean | null;
export type Answers = Record<string, AnswerValue>;

export interface FieldOption {
  value: string;
  label: string;
  /** Offered only where the centre's service model offers this service. */
  needs?: CaseworkService;
}

export type TemplateField =
  | {
      id: string;
      kind: 'text' | 'longText';
      label: string;
      hint?: string;
      required?: boolean;
      maxLength: number;
    }
  | {
      id: string;
      kind: 'choice' | 'multi';
      label: string;
      hint?: string;
      required?: boolean;
      options: FieldOption[];
    }
  | {
      id: string;
      kind: 'yesNo';
      label: string;
      hint?: string;
      required?: boolean;
      /** "Ya" makes the assessment urgent (a child at risk, violence, self-harm). */
      riskFlag?: boolean;
    };

export interface TemplateSection {
  id: string;
  title: string;
  fields: TemplateField[];
}

export interface AssessmentTemplate {
  id: string;
  version: number;
  title: string;
  sections: TemplateSection[];
}

/** ATENSI's components (Asistensi Rehabilitasi Sosial), for the needs section. */
const atensiNeeds: { id: string; label: string }[] = [
  {
    id: 'need_livelihood',
    label: 'Dukungan pemenuhan hidup layak (makan, pakaian, tempat tinggal)',
  },
  { id: 'need_care', label: 'Perawatan sosial dan/atau pengasuhan anak' },
  { id: 'need_family', label: 'Dukungan keluarga' },
  { id: 'need_therapy', label: 'Terapi (fisik, psikososial, mental spiritual)' },
  { id: 'need_vocational', label: 'Pelatihan vokasional dan/atau pembinaan kewirausahaan' },
  { id: 'need_assistive', label: 'Bantuan sosial dan asistensi sosial' },
  { id: 'need_accessibility', label: 'Dukungan aksesibilitas' },
];

export const RECOMMENDATION_FIELD = 'recommendation';

const atensiV1: AssessmentTemplate = {
  id: 'atensi',
  version: 1,
  title: 'Asesmen ATENSI',
  sections: [
    {
      id: 'identity',
      title: 'Identitas dan sumber informasi',
      fields: [
        {
          id: 'informant',
          kind: 'choice',
          label: 'Sumber informasi',
          required: true,
          options: [
            { value: 'self', label: 'Yang bersangkutan sendiri' },
            { value: 'family', label: 'Keluarga' },
            { value: 'companion', label: 'Pendamping / LKS' },
            { value: 'official', label: 'Petugas (Dinas Sosial, polisi, rumah sakit)' },
            { value: 'community', label: 'Warga / tokoh masyarakat' },
          ],
        },
        {
          id: 'identity_notes',
          kind: 'text',
          label: 'Catatan identitas (mis. tanpa KTP, nama panggilan)',
          maxLength: 300,
        },
      ],
    },
    {
      id: 'family',
      title: 'Situasi keluarga',
      fields: [
        {
          id: 'living_with',
          kind: 'choice',
          label: 'Tinggal bersama',
          required: true,
          options: [
            { value: 'family', label: 'Keluarga' },
            { value: 'alone', label: 'Sendiri' },
            { value: 'institution', label: 'Lembaga / panti' },
            { value: 'street', label: 'Tidak punya tempat tinggal' },
            { value: 'other', label: 'Lainnya' },
          ],
        },
        {
          id: 'family_situation',
          kind: 'longText',
          label: 'Situasi keluarga',
          required: true,
          maxLength: 2000,
        },
        { id: 'family_support', kind: 'yesNo', label: 'Keluarga dapat mendukung' },
      ],
    },
    {
      id: 'problem',
      title: 'Masalah dan PPKS',
      fields: [
        {
          id: 'problem',
          kind: 'longText',
          label: 'Masalah yang dihadapi',
          required: true,
          maxLength: 2000,
        },
        { id: 'problem_since', kind: 'text', label: 'Sejak kapan', maxLength: 120 },
        {
          id: 'earlier_help',
          kind: 'longText',
          label: 'Bantuan yang pernah diterima',
          maxLength: 1000,
        },
      ],
    },
    {
      id: 'needs',
      title: 'Kebutuhan menurut komponen ATENSI',
      fields: [
        {
          id: 'atensi_needs',
          kind: 'multi',
          label: 'Kebutuhan',
          hint: 'Pilih semua yang sesuai',
          required: true,
          options: atensiNeeds.map((n) => ({ value: n.id, label: n.label })),
        },
        { id: 'needs_notes', kind: 'longText', label: 'Keterangan kebutuhan', maxLength: 2000 },
      ],
    },
    {
      id: 'risk',
      title: 'Tanda risiko',
      fields: [
        {
          id: 'risk_child',
          kind: 'yesNo',
          label: 'Anak dalam situasi berisiko',
          required: true,
          riskFlag: true,
        },
        {
          id: 'risk_violence',
          kind: 'yesNo',
          label: 'Mengalami atau terancam kekerasan',
          required: true,
          riskFlag: true,
        },
        {
          id: 'risk_self_harm',
          kind: 'yesNo',
          label: 'Risiko menyakiti diri sendiri',
          required: true,
          riskFlag: true,
        },
        { id: 'risk_notes', kind: 'longText', label: 'Keterangan risiko', maxLength: 1000 },
      ],
    },
    {
      id: 'recommendation',
      title: 'Rekomendasi',
      fields: [
        {
          id: RECOMMENDATION_FIELD,
          kind: 'choice',
          label: 'Rekomendasi',
          required: true,
          options: [
            { value: 'on_site', label: 'Layanan di tempat', needs: 'emergency' },
            { value: 'referral', label: 'Rujukan', needs: 'referral' },
            {
              value: 'admission',
              label: 'Penerimaan ke layanan balai (ATENSI)',
              needs: 'admission',
            },
          ],
        },
        {
          id: 'recommendation_notes',
          kind: 'longText',
          label: 'Alasan rekomendasi',
          required: true,
          maxLength: 2000,
        },
      ],
    },
  ],
};

export const assessmentTemplates: readonly AssessmentTemplate[] = [atensiV1];

export function currentTemplate(): AssessmentTemplate {
  return atensiV1;
}

export function templateOf(id: string, version: number): AssessmentTemplate | undefined {
  return assessmentTemplates.find((t) => t.id === id && t.version === version);
}

export function templateFields(template: AssessmentTemplate): TemplateField[] {
  return template.sections.flatMap((s) => s.fields);
}

function isBlank(value: AnswerValue | undefined): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * Field id → message, for every field that is missing or wrong. A draft may be incomplete; a
 * completion may not. `offered` says which services the centre offers (a recommendation of a
 * service it does not offer is refused).
 */
export function validateAnswers(
  template: AssessmentTemplate,
  answers: Answers,
  offered: (service: CaseworkService) => boolean,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of templateFields(template)) {
    const value = answers[field.id];
    if (isBlank(value)) {
      if (field.required) {
        errors[field.id] =
          field.kind === 'yesNo'
            ? `Jawab "${field.label}": ya atau tidak.`
            : `${field.label} wajib diisi.`;
      }
      continue;
    }
    switch (field.kind) {
      case 'text':
      case 'longText':
        if (typeof value !== 'string') errors[field.id] = `${field.label} harus berupa teks.`;
        else if (value.length > field.maxLength) {
          errors[field.id] =
            `${field.label} terlalu panjang: paling banyak ${field.maxLength} karakter (sekarang ${value.length}).`;
        }
        break;
      case 'choice': {
        const option = field.options.find((o) => o.value === value);
        if (!option) errors[field.id] = `Pilih salah satu pilihan "${field.label}".`;
        else if (option.needs && !offered(option.needs)) {
          errors[field.id] = `"${option.label}" tidak tersedia pada model layanan balai ini.`;
        }
        break;
      }
      case 'multi':
        if (!Array.isArray(value) || value.some((v) => !field.options.some((o) => o.value === v))) {
          errors[field.id] = `Pilihan "${field.label}" tidak dikenal.`;
        }
        break;
      case 'yesNo':
        if (typeof value !== 'boolean') errors[field.id] = `Jawab "${field.label}": ya atau tidak.`;
        break;
    }
  }
  return errors;
}

/** A risk flag answered "ya": the assessment is urgent (child at risk, violence, self-harm). */
export function isUrgent(template: AssessmentTemplate, answers: Answers): boolean {
  return templateFields(template).some(
    (f) => f.kind === 'yesNo' && f.riskFlag === true && answers[f.id] === true,
  );
}

export const recommendations = ['on_site', 'referral', 'admission'] as const;
export type Recommendation = (typeof recommendations)[number];

export function recommendationOf(answers: Answers): Recommendation | null {
  const value = answers[RECOMMENDATION_FIELD];
  return recommendations.find((r) => r === value) ?? null;
}
