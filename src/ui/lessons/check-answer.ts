/**
 * Checks a learner's typed answer. Numbers are read leniently, the way people write them down from
 * a projector: "25", "25/s", "about 25", "~25 per second", "20 s", "540 ms", "0.5" for 50%, "1,000".
 */
import { DEFAULT_TOLERANCE, type ChoiceQuestion, type LessonQuestion, type NumberQuestion } from './types.ts';

export interface AnswerCheck {
  correct: boolean;
  feedback: string;
}

/** Judges `given` against the question; the feedback ends with the explanation once answered. */
export function checkAnswer(question: LessonQuestion, given: string): AnswerCheck {
  return question.kind === 'number' ? checkNumber(question, given) : checkChoice(question, given);
}

/** The answer as the screen would show it: "25/s", "20 s", "50%", "500 jobs". */
export function formatAnswer(question: NumberQuestion): string {
  const unit = question.unit ?? '';
  const value = String(Math.round(question.answer * 1000) / 1000);
  return unit === '' || /^[%/]/.test(unit) ? `${value}${unit}` : `${value} ${unit}`;
}

function checkNumber(question: NumberQuestion, given: string): AnswerCheck {
  const value = readNumber(String(given).slice(0, 200), question);
  if (value === null)
    return { correct: false, feedback: 'Please type a number; you can add its unit, such as “/s” or “%”.' };
  const tolerance = question.tolerance ?? DEFAULT_TOLERANCE;
  const correct = Math.abs(value - question.answer) <= tolerance * Math.abs(question.answer) + 1e-9;
  const verdict = correct ? 'Right.' : `Not quite: about ${formatAnswer(question)}.`;
  return { correct, feedback: `${verdict} ${question.explanation}` };
}

const NUMBER = /([-+]?)(\d+(?:\.\d+)?|\.\d+)\s*(k\b|thousand\b)?/;

/** The first number in the text, in the question's unit; null when there is none. */
export function readNumber(text: string, question: Pick<NumberQuestion, 'unit' | 'answer'>): number | null {
  const clean = text
    .toLowerCase()
    .replace(/[−–]/g, '-')
    // 1,000 → 1000; a comma before anything but three digits is a decimal comma (0,54).
    .replace(/(\d),(\d{3})(?!\d)/g, '$1$2')
    .replace(/(\d),(\d)/g, '$1.$2');
  const match = NUMBER.exec(clean);
  let value: number;
  let rest: string;
  if (match) {
    value = Number(match[2]) * (match[1] === '-' ? -1 : 1) * (match[3] ? 1000 : 1);
    rest = clean.slice(match.index + match[0].length).trim();
  } else if (/\bhalf\b/.test(clean)) {
    value = 0.5;
    rest = '';
  } else return null;
  if (!Number.isFinite(value)) return null;
  const unit = question.unit ?? '';
  if (unit === 's') {
    if (/^(ms|millisecond)/.test(rest)) value /= 1000;
    else if (/^(min|minute)/.test(rest)) value *= 60;
  }
  // "0.5" or "half" for 50%: a share written as a fraction.
  if (unit === '%' && !/^(%|percent|per cent)/.test(rest) && Math.abs(value) <= 1 && question.answer > 1) {
    value *= 100;
  }
  return value;
}

function checkChoice(question: ChoiceQuestion, given: string): AnswerCheck {
  const picked = pickChoice(question.choices, String(given).slice(0, 200));
  if (picked === null) {
    return { correct: false, feedback: `Please pick one of: ${question.choices.join(', ')}.` };
  }
  const correct = picked === question.answer;
  const verdict = correct ? 'Right.' : `Not quite: it is ${question.answer}.`;
  return { correct, feedback: `${verdict} ${question.explanation}` };
}

const normal = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The choice meant by `given`: its text, its number (1, 2…), its letter (a, b…) or a unique part. */
export function pickChoice(choices: readonly string[], given: string): string | null {
  const text = normal(given);
  if (text === '') return null;
  const exact = choices.find((c) => normal(c) === text);
  if (exact !== undefined) return exact;
  if (/^\d+$/.test(text)) return choices[Number(text) - 1] ?? null;
  if (/^[a-z]$/.test(text)) return choices[text.charCodeAt(0) - 97] ?? null;
  const partial = choices.filter((c) => {
    const choice = normal(c);
    return (text.length >= 3 && choice.includes(text)) || ` ${text} `.includes(` ${choice} `);
  });
  return partial.length === 1 ? partial[0] : null;
}
