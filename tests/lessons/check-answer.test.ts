/** Answers are read the way learners type them, and wrong ones are refused with the right answer. */
import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  formatAnswer,
  LESSONS,
  pickChoice,
  type ChoiceQuestion,
  type NumberQuestion,
} from '../../src/ui/lessons/index.ts';

const growth: NumberQuestion = {
  kind: 'number',
  prompt: 'How fast does the backlog grow?',
  answer: 25,
  tolerance: 0.2,
  unit: '/s',
  readFrom: { figure: 'growth', nodeId: 'jobs' },
  explanation: '30 in, 5 out.',
};
const seconds: NumberQuestion = { ...growth, answer: 0.54, tolerance: 0.1, unit: 's' };
const percent: NumberQuestion = { ...growth, answer: 50, tolerance: 0.15, unit: '%' };
const zero: NumberQuestion = { ...growth, answer: 0, tolerance: 0.2, unit: 'jobs' };
const busiest: ChoiceQuestion = {
  kind: 'choice',
  prompt: 'Which service is busiest?',
  choices: ['Users service', 'Orders service', 'Catalog service'],
  answer: 'Orders service',
  readFrom: { pick: 'largest', among: {} },
  explanation: 'Orders are slow.',
};

describe('checkAnswer: numbers', () => {
  it.each([
    '25',
    '25/s',
    'about 25',
    '~25',
    '25 per second',
    ' 24.5 ',
    '+25',
    '22',
    '30',
    '25,0',
    'roughly 27 jobs/s',
  ])('accepts %j for 25/s', (given) => expect(checkAnswer(growth, given).correct).toBe(true));

  it.each(['15', '35', '-25', '250', '2.5'])('refuses %j for 25/s', (given) => {
    const check = checkAnswer(growth, given);
    expect(check.correct).toBe(false);
    expect(check.feedback).toContain('about 25/s');
    expect(check.feedback).toContain('30 in, 5 out.');
  });

  it('reads seconds, milliseconds and minutes', () => {
    for (const given of ['0.54', '0.54 s', '540 ms', '550ms', 'about half a second: 0.5 s', '.54'])
      expect(checkAnswer(seconds, given).correct, given).toBe(true);
    for (const given of ['54', '540', '0.2 s', '1 min'])
      expect(checkAnswer(seconds, given).correct, given).toBe(false);
    expect(checkAnswer({ ...seconds, answer: 20, tolerance: 0.2 }, '20 s').correct).toBe(true);
    expect(checkAnswer({ ...seconds, answer: 120, tolerance: 0.1 }, '2 minutes').correct).toBe(true);
  });

  it('reads percentages, fractions and "half"', () => {
    for (const given of ['50', '50%', '50 %', '48 percent', '0.5', 'about half', '.52'])
      expect(checkAnswer(percent, given).correct, given).toBe(true);
    for (const given of ['5%', '100', '0.3']) expect(checkAnswer(percent, given).correct, given).toBe(false);
  });

  it('reads thousands', () => {
    const big: NumberQuestion = { ...growth, answer: 1000, tolerance: 0.1, unit: 'jobs' };
    for (const given of ['1000', '1,000', '1k', '1 thousand', '1.05k'])
      expect(checkAnswer(big, given).correct, given).toBe(true);
  });

  it('needs exactly 0 when the answer is 0', () => {
    expect(checkAnswer(zero, '0').correct).toBe(true);
    expect(checkAnswer(zero, 'none: 0 jobs').correct).toBe(true);
    expect(checkAnswer(zero, '1').correct).toBe(false);
  });

  it('asks again, without giving the answer away, when there is no number', () => {
    for (const given of ['', 'lots', 'twenty-five', '/s', '∞']) {
      const check = checkAnswer(growth, given);
      expect(check.correct).toBe(false);
      expect(check.feedback).toMatch(/number/);
      expect(check.feedback).not.toContain('25');
    }
  });

  it('copes with hostile input', () => {
    expect(checkAnswer(growth, '9'.repeat(100_000)).correct).toBe(false);
    expect(checkAnswer(growth, '1e400').correct).toBe(false);
    expect(checkAnswer(growth, undefined as unknown as string).correct).toBe(false);
  });

  it('formats the answer as the screen shows it', () => {
    expect(formatAnswer(growth)).toBe('25/s');
    expect(formatAnswer(seconds)).toBe('0.54 s');
    expect(formatAnswer(percent)).toBe('50%');
    expect(formatAnswer(zero)).toBe('0 jobs');
  });
});

describe('checkAnswer: choices', () => {
  it.each(['Orders service', 'orders service', '  ORDERS  ', 'orders', 'the orders service', '2', 'b'])(
    'accepts %j',
    (given) => expect(checkAnswer(busiest, given).correct).toBe(true),
  );

  it('refuses another choice and names the right one', () => {
    const check = checkAnswer(busiest, 'catalog');
    expect(check).toEqual({ correct: false, feedback: 'Not quite: it is Orders service. Orders are slow.' });
  });

  it('asks again when the answer matches no choice or several', () => {
    for (const given of ['', 'service', 'payments', '7', 'z']) {
      const check = checkAnswer(busiest, given);
      expect(check.correct).toBe(false);
      expect(check.feedback).toMatch(/^Please pick one of/);
    }
  });

  it('picks among numbered servers by their number', () => {
    const servers = ['App server 1', 'App server 2', 'App server 3'];
    expect(pickChoice(servers, 'server 3')).toBe('App server 3');
    expect(pickChoice(servers, 'app-server-2')).toBe('App server 2');
    expect(pickChoice(servers, 'app')).toBeNull();
  });
});

describe('every lesson question', () => {
  it('accepts its own answer, as a number or as the screen writes it, and refuses a far-off one', () => {
    for (const lesson of LESSONS)
      for (const step of lesson.steps) {
        const q = step.question;
        expect(checkAnswer(q, String(q.answer)).correct, `${lesson.id}/${step.id}`).toBe(true);
        if (q.kind === 'number') {
          expect(checkAnswer(q, formatAnswer(q)).correct, `${lesson.id}/${step.id}`).toBe(true);
          expect(checkAnswer(q, String(q.answer * 3 + 7)).correct, `${lesson.id}/${step.id}`).toBe(false);
        } else {
          const wrong = q.choices.find((c) => c !== q.answer) as string;
          expect(checkAnswer(q, wrong).correct).toBe(false);
        }
      }
  });
});
