/** The glossary has a search box that filters as one types and says when nothing fits. */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/ui/glossary/index.ts';
import { searchGlossary } from '../../src/ui/glossary/search-glossary.ts';
import { GlossaryDialog } from '../../src/ui/teaching/glossary-dialog.tsx';
import { createTestRuntime } from './test-runtime.tsx';

const terms = () => [...document.querySelectorAll('.fs-glossary__list dt')].map((dt) => dt.textContent);

describe('searchGlossary', () => {
  it('finds by term first, then by mention; ignores case, hyphens and accents; every word must match', () => {
    const hits = searchGlossary(GLOSSARY, 'QUEUE');
    expect(hits.length).toBeGreaterThan(1);
    expect(hits[0].term).toBe('Process queue');
    expect(searchGlossary(GLOSSARY, 'wait')[0].term).toMatch(/^Waiting/);
    expect(searchGlossary(GLOSSARY, 'round-robin')[0].term.toLowerCase()).toContain('round robin');
    expect(searchGlossary(GLOSSARY, 'zzzz-nothing')).toEqual([]);
    expect(searchGlossary(GLOSSARY, '   ')).toHaveLength(GLOSSARY.length);
    for (const hit of searchGlossary(GLOSSARY, 'token bucket')) {
      const text = `${hit.term} ${hit.aliases.join(' ')} ${hit.short} ${hit.body}`.toLowerCase();
      expect(text).toContain('token');
      expect(text).toContain('bucket');
    }
  });
});

describe('the glossary dialog’s search box', () => {
  it('is labelled, focused on open, filters as one types and says "No match" clearly', async () => {
    const t = createTestRuntime('full');
    const user = userEvent.setup();
    t.renderUi(<GlossaryDialog />);
    act(() => t.runtime.store.getState().openGlossary(''));
    const box = screen.getByLabelText('Search the glossary');
    expect(box).toHaveFocus();
    expect(terms()).toHaveLength(GLOSSARY.length);
    await user.type(box, 'rout');
    expect(terms().length).toBeGreaterThan(0);
    expect(terms().length).toBeLessThan(GLOSSARY.length);
    expect(screen.getByTestId('glossary-count')).toHaveTextContent(/of \d+ terms match/);
    await user.type(box, 'xq');
    expect(terms()).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('No match for “routxq”');
  });

  it('Enter moves to the first result; Escape clears a non-empty box before it closes the dialog', async () => {
    const t = createTestRuntime('full');
    const user = userEvent.setup();
    t.renderUi(<GlossaryDialog />);
    act(() => t.runtime.store.getState().openGlossary(''));
    const box = screen.getByTestId('glossary-search');
    await user.type(box, 'latency');
    await user.keyboard('{Enter}');
    const first = document.querySelector('.fs-glossary__list dt');
    expect(first).toHaveFocus();
    expect(first?.textContent?.toLowerCase()).toContain('latency');
    box.focus();
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(t.runtime.store.getState().glossaryTerm).toBe('');
    await user.keyboard('{Escape}');
    expect(t.runtime.store.getState().glossaryTerm).toBeNull();
  });

  it('following "See also" to an entry the filter hides clears the filter', async () => {
    const t = createTestRuntime('full');
    const user = userEvent.setup();
    t.renderUi(<GlossaryDialog />);
    act(() => t.runtime.store.getState().openGlossary(''));
    const entry = GLOSSARY.find((e) => e.seeAlso.length > 0)!;
    await user.type(screen.getByTestId('glossary-search'), entry.term);
    const dd = document.getElementById(`fs-gloss-${entry.id}`)!.nextElementSibling as HTMLElement;
    const target = entry.seeAlso[0];
    await user.click(within(dd).getAllByRole('button')[0]);
    expect(t.runtime.store.getState().glossaryTerm).toBe(target);
    expect(document.getElementById(`fs-gloss-${target}`)).not.toBeNull();
  });
});
