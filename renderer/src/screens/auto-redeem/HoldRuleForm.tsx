// The frame both new Convert & Hold forms share (USD wires, crypto deposits): title, what the
// rule does, the "deposits arrive as" choice, the profile the result is kept in, the form's own
// fields, an optional nickname, and Cancel / Review. Review only opens the form's review step:
// nothing is sent from here, and it needs a profile first.
import type { FormEvent, ReactNode } from 'react';
import { TextField } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useProfiles } from '../../store/selectors';

interface HoldRuleFormProps {
  /** One sentence under the title: what becomes what. */
  intro: string;
  /** The "deposits arrive as" choice, shared by both forms. */
  sourceField: ReactNode;
  profileId: string;
  nickname: string;
  update: (patch: { profileId?: string; nickname?: string }) => void;
  onReview: () => void;
  onCancel: () => void;
  /** The form's own fields, between the profile and the nickname. */
  children: ReactNode;
  /** Shown after the nickname, before the buttons (the crypto form lists what a rule can take). */
  footer?: ReactNode;
}

export function HoldRuleForm(props: HoldRuleFormProps) {
  const { intro, sourceField, profileId, nickname, update, onReview, onCancel } = props;
  const profiles = useProfiles();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (profileId) onReview();
  };
  return (
    <form className="form" onSubmit={onSubmit} aria-label="New Convert & Hold rule" noValidate>
      <h2>New Convert &amp; Hold rule</h2>
      <p className="muted">{intro}</p>
      {sourceField}
      <SelectField
        path="profileId"
        label="Keep in profile"
        value={profileId}
        onChange={(id) => update({ profileId: id })}
        placeholder="Choose a profile…"
        options={profiles.map((p) => ({ value: p.id, label: p.nickname }))}
      />
      {props.children}
      <TextField
        path="nickname"
        label="Nickname"
        optional
        value={nickname}
        onChange={(text) => update({ nickname: text })}
        maxLength={100}
      />
      {props.footer}
      <div className="form__actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button--primary" disabled={!profileId}>
          Review
        </button>
      </div>
    </form>
  );
}
