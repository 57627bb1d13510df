/** What each parameter of a component does, in plain words with glossary links (explainComponent). */
import type { ScenarioNode } from '../../scenario/types.ts';
import { useGlossary } from './content.ts';
import { TermText } from './term-text.tsx';

export function ParameterExplanations({ node }: { node: ScenarioNode }) {
  const { id: _id, kind, label: _label, ...params } = node as ScenarioNode & { position?: unknown };
  const glossary = useGlossary();
  if (!glossary) return null;
  const explanation = glossary.explainComponent(kind, params as never);
  if (explanation.parameters.length === 0) return null;
  return (
    <ul className="fs-param-explain" data-testid="parameter-explanations">
      {explanation.parameters.map((p) => (
        <li key={p.fields.join(',')}>
          <TermText text={p.text} />
        </li>
      ))}
    </ul>
  );
}
