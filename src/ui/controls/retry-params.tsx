/**
 * The parts of a retry policy (DESIGN.md section 8): which answers are retried, the backoff
 * between tries and the retry budget, each hint worked with the scenario's own numbers.
 */
import { RETRYABLE_OUTCOMES, type JitterMode, type RetryPolicy } from '../../scenario/types.ts';
import { OUTCOME_CODE } from '../../scenario/types.ts';
import { formatDuration, formatPercent, formatRate } from '../format.ts';
import { SelectField, SliderField, ToggleField } from './fields.tsx';
import { integerSteps } from './nice-steps.ts';

export const BACKOFF_BASE_STEPS = [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5];
export const BACKOFF_MAX_STEPS = [0, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30, 60, 120];
export const MULTIPLIER_STEPS = [1, 1.5, 2, 3, 4, 5, 10];
export const BUDGET_RATIO_STEPS = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2];
export const BUDGET_MIN_STEPS = [0, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20];
const ATTEMPT_STEPS = integerSteps(1, 10);

const JITTERS: readonly { value: JitterMode; label: string }[] = [
  { value: 'none', label: 'None (exactly d)' },
  { value: 'full', label: 'Full (0 … d)' },
  { value: 'equal', label: 'Equal (d/2 … d)' },
  { value: 'decorrelated', label: 'Decorrelated' },
];

/** What each retryable answer is, in the words the class reads on the badges. */
const OUTCOME_WORDS: Readonly<Record<(typeof RETRYABLE_OUTCOMES)[number], string>> = {
  error: 'server error',
  unavailable: 'unavailable',
  timeout: 'timed out',
  'queue-full': 'queue full',
  'rate-limited': 'rate limited',
  'circuit-open': 'breaker open',
};

/** Tries per request when each fails with probability p, with r retries: Σ pⁱ, i = 0..r. */
export function amplification(p: number, retries: number): number {
  let sum = 0;
  for (let i = 0; i <= retries; i++) sum += p ** i;
  return sum;
}

export function RetryDetails({
  retry,
  context,
  idPrefix,
  who,
  firstTriesPerS,
  onChange,
}: {
  retry: RetryPolicy;
  /** The node's label, for accessible names. */
  context: string;
  /** `param-<node id>`, for test ids. */
  idPrefix: string;
  who: 'request' | 'call';
  /** A client's rate: the budget's hint works with it. */
  firstTriesPerS: number | null;
  onChange: (patch: Partial<RetryPolicy>) => void;
}) {
  const { backoff, budget } = retry;
  const setOn = (outcome: (typeof RETRYABLE_OUTCOMES)[number], checked: boolean) => {
    const on = RETRYABLE_OUTCOMES.filter((o) => (o === outcome ? checked : retry.on.includes(o)));
    // A policy retries something: the last ticked answer stays ticked.
    if (on.length > 0) onChange({ on });
  };
  return (
    <>
      <SliderField
        label="Extra tries"
        context={context}
        testId={`${idPrefix}-retry-attempts`}
        steps={ATTEMPT_STEPS}
        value={retry.attempts}
        format={String}
        hint={`Each ${who} may be sent up to ${retry.attempts + 1} times: if half of all tries fail, each ${who} costs ${amplification(0.5, retry.attempts).toFixed(2)} tries on average; if every try fails (an overload), ${retry.attempts + 1}.`}
        onChange={(attempts) => onChange({ attempts })}
      />
      <fieldset className="fs-fieldset fs-fieldset--inner" data-testid={`${idPrefix}-retry-outcomes`}>
        <legend>Retry after</legend>
        {RETRYABLE_OUTCOMES.map((outcome) => (
          <ToggleField
            key={outcome}
            label={`${OUTCOME_CODE[outcome]} ${OUTCOME_WORDS[outcome]}`}
            context={`retry, ${context}`}
            testId={`${idPrefix}-retry-outcome-${outcome}`}
            checked={retry.on.includes(outcome)}
            onChange={(checked) => setOn(outcome, checked)}
          />
        ))}
        <div className="fs-field__hint">
          {retry.on.includes('circuit-open')
            ? 'Retrying a breaker’s 503 sends the load the breaker just refused straight back.'
            : 'A breaker’s 503 is not retried, so an open breaker really sheds load.'}{' '}
          400, 401 and 404 are never retried: trying again cannot fix them.
        </div>
      </fieldset>
      <SelectField
        label="Backoff jitter"
        context={context}
        testId={`${idPrefix}-retry-jitter`}
        value={backoff.jitter}
        options={JITTERS}
        hint={backoffHint(retry)}
        onChange={(jitter) => onChange({ backoff: { ...backoff, jitter } })}
      />
      <SliderField
        label="Backoff base"
        context={context}
        testId={`${idPrefix}-retry-base`}
        steps={BACKOFF_BASE_STEPS}
        value={backoff.base}
        format={formatDuration}
        hint={
          backoff.base === 0
            ? 'Retries go at once: every failed try comes straight back, in lockstep with the others.'
            : `The first retry waits about ${formatDuration(backoff.base)}.`
        }
        onChange={(base) => onChange({ backoff: { ...backoff, base, max: Math.max(base, backoff.max) } })}
      />
      <SliderField
        label="Backoff multiplier"
        context={context}
        testId={`${idPrefix}-retry-multiplier`}
        steps={MULTIPLIER_STEPS}
        value={backoff.multiplier}
        format={(m) => `×${m}`}
        hint={`Each wait is ${backoff.multiplier} times the one before, up to the longest wait.`}
        onChange={(multiplier) => onChange({ backoff: { ...backoff, multiplier } })}
      />
      <SliderField
        label="Longest wait"
        context={context}
        testId={`${idPrefix}-retry-max`}
        steps={BACKOFF_MAX_STEPS.filter((s) => s >= backoff.base)}
        value={backoff.max}
        format={formatDuration}
        hint={`No wait is longer than ${formatDuration(backoff.max)}, however many retries came before.`}
        onChange={(max) => onChange({ backoff: { ...backoff, max: Math.max(max, backoff.base) } })}
      />
      <ToggleField
        label="Retry budget"
        context={context}
        testId={`${idPrefix}-retry-budget-on`}
        checked={budget !== null}
        onChange={(on) => onChange({ budget: on ? { ratio: 0.2, minPerS: 1 } : null })}
      />
      {budget !== null && (
        <>
          <SliderField
            label="Budget (retries per first try)"
            context={context}
            testId={`${idPrefix}-retry-budget`}
            steps={BUDGET_RATIO_STEPS}
            value={budget.ratio}
            format={formatPercent}
            hint={budgetHint(budget.ratio, budget.minPerS, firstTriesPerS)}
            onChange={(ratio) => onChange({ budget: { ...budget, ratio } })}
          />
          <SliderField
            label="Budget floor (retries/s)"
            context={context}
            testId={`${idPrefix}-retry-budget-min`}
            steps={BUDGET_MIN_STEPS}
            value={budget.minPerS}
            format={formatRate}
            hint={`Even with few first tries, ${budget.minPerS * 10} retries per 10 s are allowed, so a quiet caller can still retry.`}
            onChange={(minPerS) => onChange({ budget: { ...budget, minPerS } })}
          />
        </>
      )}
    </>
  );
}

function budgetHint(ratio: number, minPerS: number, firstTriesPerS: number | null): string {
  const rule = `Over any 10 s, retries may not exceed ${formatPercent(ratio)} of first tries plus ${minPerS * 10}; a denied retry ends with its last answer.`;
  if (firstTriesPerS === null) return rule;
  const cap = firstTriesPerS * ratio + minPerS;
  return `${rule} At ${formatRate(firstTriesPerS)} that is at most ${formatRate(cap)} of retries: ${(1 + cap / Math.max(firstTriesPerS, 1e-9)).toFixed(2)} tries per request at worst.`;
}

function backoffHint(retry: RetryPolicy): string {
  const { base, max, multiplier, jitter } = retry.backoff;
  const waits = [1, 2, 3].map((n) => formatDuration(Math.min(max, base * multiplier ** (n - 1))));
  const spread =
    jitter === 'none'
      ? 'exactly'
      : jitter === 'full'
        ? 'a random share of'
        : jitter === 'equal'
          ? 'between half and all of'
          : 'spread from the base to three times the last wait, about';
  return `Waits before retries 1, 2, 3: ${spread} ${waits.join(', ')} (capped at ${formatDuration(max)}).`;
}
