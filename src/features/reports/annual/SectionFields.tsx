import { useT } from '../../../i18n';
import { Field } from '../../../ui/Field';
import { type ReportDraft, SECTIONS, type SectionId } from './report-draft';

interface Props {
  draft: ReportDraft;
  /** Each section's words as the document shows them. */
  sections: Record<SectionId, string>;
  onChange: (patch: Partial<ReportDraft>) => void;
}

/**
 * The report's free-text sections. Until edited, a section shows words written from the figures
 * (and follows them); once edited it keeps the administrator's words, which "Điền lại từ số liệu"
 * gives back to the figures.
 */
export function SectionFields({ draft, sections, onChange }: Props) {
  const t = useT();
  const write = (id: SectionId, text: string | undefined) => {
    const next = { ...draft.sections };
    if (text === undefined) delete next[id];
    else next[id] = text;
    onChange({ sections: next });
  };
  return (
    <>
      {SECTIONS.map((id) => (
        <Field
          key={id}
          id={`report-section-${id}`}
          label={t(`annualReport.section.${id}`)}
          hint={
            draft.sections[id] === undefined
              ? t('annualReport.section.fromFigures')
              : t('annualReport.section.edited')
          }
        >
          <textarea
            id={`report-section-${id}`}
            rows={8}
            value={sections[id]}
            onInput={(e) => write(id, e.currentTarget.value)}
          />
          {draft.sections[id] !== undefined && (
            <button type="button" class="btn btn-ghost" onClick={() => write(id, undefined)}>
              {t('annualReport.section.refill')}
            </button>
          )}
        </Field>
      ))}
      <label class="check">
        <input
          type="checkbox"
          checked={draft.includeComments}
          onChange={(e) => onChange({ includeComments: e.currentTarget.checked })}
        />
        {t('annualReport.includeComments')}
      </label>
    </>
  );
}
