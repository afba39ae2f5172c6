import type {
  MeetingFields,
  ProposalFields,
  ReportFields,
} from '../../../core/commendation-record';
import { useT } from '../../../i18n';
import { Field } from '../../../ui/Field';
import type { Nominee } from './nominees';

interface TextProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  type?: 'text' | 'date' | 'time';
  rows?: number;
  max: number;
}

/** A labelled text input (or textarea with `rows`) saved as typed. */
function TextField({ id, label, value, onChange, hint, type = 'text', rows, max }: TextProps) {
  const onInput = (e: { currentTarget: { value: string } }) => onChange(e.currentTarget.value);
  return (
    <Field id={id} label={label} hint={hint}>
      {rows ? (
        <textarea id={id} rows={rows} maxLength={max} value={value} onInput={onInput} />
      ) : (
        <input id={id} type={type} maxLength={max} value={value} onInput={onInput} />
      )}
    </Field>
  );
}

export function CommuneField(props: { value: string; onChange: (value: string) => void }) {
  const t = useT();
  return (
    <TextField
      id="dossier-commune"
      label={t('commendation.fields.commune')}
      hint={t('commendation.fields.communeHint')}
      max={120}
      {...props}
    />
  );
}

export function ProposalFieldsForm(props: {
  value: ProposalFields;
  onChange: (value: ProposalFields) => void;
}) {
  const t = useT();
  const { value, onChange } = props;
  const set = (patch: Partial<ProposalFields>) => onChange({ ...value, ...patch });
  return (
    <div class="dossier-fields">
      <TextField
        id="proposal-number"
        label={t('commendation.fields.number')}
        hint={t('commendation.fields.numberHint')}
        max={60}
        value={value.number}
        onChange={(number) => set({ number })}
      />
      <TextField
        id="proposal-date"
        type="date"
        label={t('commendation.fields.date')}
        max={10}
        value={value.date}
        onChange={(date) => set({ date })}
      />
      <TextField
        id="proposal-signer"
        label={t('commendation.fields.signer')}
        max={120}
        value={value.signer}
        onChange={(signer) => set({ signer })}
      />
    </div>
  );
}

export function MeetingFieldsForm(props: {
  value: MeetingFields;
  nominees: Nominee[];
  onChange: (value: MeetingFields) => void;
}) {
  const t = useT();
  const { value, nominees, onChange } = props;
  const set = (patch: Partial<MeetingFields>) => onChange({ ...value, ...patch });
  const setVotes = (key: string, raw: string) => {
    const { [key]: _old, ...votes } = value.votes;
    const n = Number.parseInt(raw, 10);
    set({ votes: Number.isNaN(n) ? votes : { ...votes, [key]: Math.min(Math.max(n, 0), 1000) } });
  };
  return (
    <div class="dossier-fields">
      <TextField
        id="meeting-number"
        label={t('commendation.fields.number')}
        hint={t('commendation.fields.numberHint')}
        max={60}
        value={value.number}
        onChange={(number) => set({ number })}
      />
      <TextField
        id="meeting-date"
        type="date"
        label={t('commendation.fields.meetingDate')}
        max={10}
        value={value.date}
        onChange={(date) => set({ date })}
      />
      <TextField
        id="meeting-time"
        type="time"
        label={t('commendation.fields.meetingTime')}
        max={20}
        value={value.time}
        onChange={(time) => set({ time })}
      />
      <TextField
        id="meeting-place"
        label={t('commendation.fields.place')}
        max={200}
        value={value.place}
        onChange={(place) => set({ place })}
      />
      <TextField
        id="meeting-chair"
        label={t('commendation.fields.chair')}
        max={120}
        value={value.chair}
        onChange={(chair) => set({ chair })}
      />
      <TextField
        id="meeting-secretary"
        label={t('commendation.fields.secretary')}
        max={120}
        value={value.secretary}
        onChange={(secretary) => set({ secretary })}
      />
      <TextField
        id="meeting-attendees"
        rows={5}
        label={t('commendation.fields.attendees')}
        hint={t('commendation.fields.attendeesHint')}
        max={4000}
        value={value.attendees}
        onChange={(attendees) => set({ attendees })}
      />
      <fieldset class="field">
        <legend>{t('commendation.fields.votes')}</legend>
        {nominees.map((n) => (
          <Field key={n.key} id={`votes-${n.key}`} label={n.name}>
            <input
              id={`votes-${n.key}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={1000}
              value={value.votes[n.key] ?? ''}
              onInput={(e) => setVotes(n.key, e.currentTarget.value)}
            />
          </Field>
        ))}
      </fieldset>
    </div>
  );
}

export function ReportFieldsForm(props: {
  value: ReportFields;
  collective: boolean;
  onChange: (value: ReportFields) => void;
}) {
  const t = useT();
  const { value, collective, onChange } = props;
  const set = (patch: Partial<ReportFields>) => onChange({ ...value, ...patch });
  return (
    <div class="dossier-fields">
      <TextField
        id="report-position"
        label={t(collective ? 'commendation.fields.address' : 'commendation.fields.position')}
        max={300}
        value={value.position}
        onChange={(position) => set({ position })}
      />
      <TextField
        id="report-background"
        rows={3}
        label={t('commendation.fields.background')}
        hint={t('commendation.fields.backgroundHint')}
        max={4000}
        value={value.background}
        onChange={(background) => set({ background })}
      />
      <TextField
        id="report-achievements"
        rows={5}
        label={t('commendation.fields.achievements')}
        hint={t('commendation.fields.achievementsHint')}
        max={8000}
        value={value.achievements}
        onChange={(achievements) => set({ achievements })}
      />
      <TextField
        id="report-past-awards"
        rows={3}
        label={t('commendation.fields.pastAwards')}
        max={4000}
        value={value.pastAwards}
        onChange={(pastAwards) => set({ pastAwards })}
      />
    </div>
  );
}
