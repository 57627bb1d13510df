/** The inspector's label field: renames the node when the value is committed (Enter or leaving). */
import { useState } from 'react';
import { LIMITS } from '../../scenario/limits.ts';
import { useEditor } from './use-editor.ts';

export function RenameField({ id, label }: { id: string; label: string }) {
  const editor = useEditor();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== label) editor.rename(id, draft);
    setDraft(null);
  };
  return (
    <form
      className="fs-rename"
      onSubmit={(event) => {
        event.preventDefault();
        commit();
      }}
    >
      <label htmlFor={`fs-rename-${id}`}>Label</label>
      <input
        id={`fs-rename-${id}`}
        value={draft ?? label}
        maxLength={LIMITS.labelChars}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            setDraft(null);
          }
        }}
        data-testid="rename-label"
      />
    </form>
  );
}
