/** The glossary and the inspector show the content records' words (src/content), on screen. */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ALGORITHM_CONTENT } from '../../src/content/algorithms/index.ts';
import { KIND_CONTENT } from '../../src/content/kinds/index.ts';
import { App } from '../../src/ui/app.tsx';
import { GlossaryDialog } from '../../src/ui/teaching/glossary-dialog.tsx';
import { createTestRuntime } from './test-runtime.tsx';

describe('content records on screen', () => {
  it('the glossary shows each algorithm’s and each kind’s term and body', async () => {
    const t = createTestRuntime('full');
    t.renderUi(<GlossaryDialog />);
    act(() => t.runtime.store.getState().openGlossary(''));
    const list = await screen.findByLabelText('Search the glossary');
    expect(list).toBeInTheDocument();
    const text = document.body.textContent ?? '';
    for (const record of [...Object.values(ALGORITHM_CONTENT), ...Object.values(KIND_CONTENT)]) {
      if (!record.glossary) continue;
      expect(text).toContain(record.glossary.term ?? record.name);
      expect(text).toContain(record.body);
    }
  });

  it('a glossary word in the inspector carries its record’s line as its tooltip', async () => {
    const t = createTestRuntime('full');
    t.renderUi(<App />);
    fireEvent.click(screen.getByTestId('node-lb'));
    const explanation = await screen.findByTestId('inspector-explanation');
    await waitFor(() =>
      expect(explanation.querySelector('[data-term="load-balancer"]')?.getAttribute('title')).toBe(
        KIND_CONTENT.loadBalancer.line,
      ),
    );
  });

  it('the inspector says what the component is and how its algorithm behaves', async () => {
    const t = createTestRuntime('full');
    t.renderUi(<App />);
    fireEvent.click(screen.getByTestId('node-lb'));
    const explanation = await screen.findByTestId('inspector-explanation');
    expect(explanation).toHaveTextContent(KIND_CONTENT.loadBalancer.line);
    expect(explanation).toHaveTextContent(ALGORITHM_CONTENT['round-robin'].line);
    act(() => t.runtime.controller.changeNode('lb', { algorithm: 'fifo' }));
    expect(explanation).toHaveTextContent(ALGORITHM_CONTENT.fifo.line);
    fireEvent.click(screen.getByTestId('node-jobs'));
    expect(await screen.findByTestId('inspector-explanation')).toHaveTextContent(KIND_CONTENT.queue.line);
  });
});
