/** The runtime's editor, and its status read with a selector (a primitive or a stored reference). */
import { useStore } from 'zustand';
import { useSim } from '../sim-context.ts';
import { editorFor, type Editor, type EditorStatus } from './editor.ts';

export function useEditor(): Editor {
  return editorFor(useSim());
}

export function useEditorStatus<T>(selector: (status: EditorStatus) => T): T {
  return useStore(useEditor().status, selector);
}
